"""The learned part: relevance and deal type from TF-IDF word and character n-grams.

The text the model reads is the title (twice: headlines carry the news), the start of the
article, and tokens for the multilingual cues and the number of countries involved, so that what
it learns from English carries over to other languages. A long article is scored twice, whole and
by its headline and lead, and counts as a deal as much as the likelier of the two (see
`TrainedModel.predict_article`).

Prediction does not go through scikit-learn's `transform`/`predict_proba`: for one short text
their input checks cost several milliseconds. `_FastScorer` applies the fitted vocabularies, idf
weights and coefficients directly, with the same result (a test holds it to that).
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import joblib
import numpy as np
from scipy.sparse import hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

from .cues import cue_counts
from .schema import DEAL_TYPES
from .text import fold

logger = logging.getLogger(__name__)

MODEL_FAMILY = "v2"
TEXT_CHARS = 2500
CHAR_CHARS = 1200
# A news report tells its deal in the headline and the opening paragraph; background, history and
# quotes that follow dilute the TF-IDF vector of a long article (each vector has unit length).
LEAD_CHARS = 600
RELEVANCE_C = 4.0
TYPE_C = 8.0
_cache: dict[str, TrainedModel] = {}
_cache_lock = threading.Lock()


@dataclass(frozen=True)
class Example:
    title: str
    text: str
    label: str
    deal_type: str | None = None
    status: str | None = None
    language: str = ""
    countries: tuple[str, ...] = ()
    companies: tuple[str, ...] = ()
    # How much the example counts in training: composed examples count less than written ones.
    weight: float = 1.0

    @classmethod
    def from_dict(cls, row: dict) -> Example:
        return cls(
            title=row.get("title") or "",
            text=row.get("text") or "",
            label=row["label"],
            deal_type=row.get("deal_type"),
            status=row.get("status"),
            language=row.get("language") or "",
            countries=tuple(row.get("countries") or ()),
            companies=tuple(row.get("companies") or ()),
            weight=float(row.get("weight", 1.0)),
        )


class Features:
    """Word uni- and bigrams over the whole input; character n-grams over the head only, where
    they pay off most (inflected and compound words in other languages)."""

    def __init__(self) -> None:
        self.words = TfidfVectorizer(
            ngram_range=(1, 2), sublinear_tf=True, min_df=2, max_features=40000, dtype=np.float32
        )
        self.chars = TfidfVectorizer(
            analyzer="char_wb", ngram_range=(3, 4), min_df=2, sublinear_tf=True,
            max_features=30000, dtype=np.float32,
        )  # fmt: skip

    def fit(self, inputs: list[str]) -> Features:
        self.words.fit(inputs)
        self.chars.fit([text[:CHAR_CHARS] for text in inputs])
        return self

    def transform(self, inputs: list[str]):
        return hstack(
            [self.words.transform(inputs), self.chars.transform([t[:CHAR_CHARS] for t in inputs])]
        ).tocsr()


class _FastScorer:
    """One text's TF-IDF vector and the linear models' probabilities, in plain NumPy."""

    def __init__(self, features: Features, models: list[LogisticRegression]) -> None:
        self.parts = []
        offset = 0
        for vectorizer, limit in ((features.words, None), (features.chars, CHAR_CHARS)):
            self.parts.append(
                (vectorizer.build_analyzer(), vectorizer.vocabulary_, vectorizer.idf_, offset,
                 limit)
            )  # fmt: skip
            offset += len(vectorizer.vocabulary_)
        # Coefficients as (feature, class) rows, so one text's features are a single gather.
        self.models = [
            (
                np.ascontiguousarray(model.coef_.T, dtype=np.float64),
                model.intercept_,
                model.classes_,
            )
            for model in models
        ]

    def vector(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        indices, values = [], []
        for analyze, vocabulary, idf, offset, limit in self.parts:
            counts = Counter(analyze(text if limit is None else text[:limit]))
            found = [(vocabulary[t], n) for t, n in counts.items() if t in vocabulary]
            if not found:
                continue
            index = np.fromiter((i for i, _ in found), dtype=np.intp, count=len(found))
            weight = (1.0 + np.log([n for _, n in found])) * idf[index]
            weight /= np.sqrt(weight @ weight)
            indices.append(index + offset)
            values.append(weight)
        if not indices:
            return np.zeros(0, dtype=np.intp), np.zeros(0)
        return np.concatenate(indices), np.concatenate(values)

    def probabilities(self, which: int, indices: np.ndarray, values: np.ndarray) -> dict:
        coef, intercept, classes = self.models[which]
        scores = values @ coef[indices] + intercept
        if len(classes) == 2:
            positive = 1.0 / (1.0 + np.exp(-scores[0]))
            return {classes[0]: float(1.0 - positive), classes[1]: float(positive)}
        scores = np.exp(scores - scores.max())
        scores /= scores.sum()
        return dict(zip(classes, map(float, scores), strict=True))


@dataclass
class TrainedModel:
    version: str
    features: Features
    relevance: LogisticRegression
    deal_type: LogisticRegression
    figures: dict = field(default_factory=dict)
    trained_at: str = ""
    example_count: int = 0

    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        state.pop("_scorer", None)  # rebuilt on load: it holds the analyzers' closures
        return state

    def predict(self, model_input: str) -> tuple[float, dict[str, float]]:
        """Probability of a deal, and of each deal type given a deal."""
        scorer = self.__dict__.get("_scorer")
        if scorer is None:
            scorer = self.__dict__["_scorer"] = _FastScorer(
                self.features, [self.relevance, self.deal_type]
            )
        indices, values = scorer.vector(model_input)
        relevance = scorer.probabilities(0, indices, values)
        return relevance.get("deal", 0.0), scorer.probabilities(1, indices, values)

    def predict_article(
        self, title: str, text: str, country_count: int, hits: list | None = None
    ) -> tuple[float, dict[str, float]]:
        """`predict` on the article's model input; for an article longer than its lead, the
        probability of a deal is the higher of the whole text's and the headline-and-lead's, so
        paragraphs of background do not outweigh an opening that reports a deal."""
        p_deal, types = self.predict(model_input(title, text, country_count, hits))
        if len(text) > LEAD_CHARS:
            lead, _ = self.predict(model_input(title, text[:LEAD_CHARS], country_count, hits))
            p_deal = max(p_deal, lead)
        return p_deal, types

    def predict_slow(self, model_input: str) -> tuple[float, dict[str, float]]:
        """The same through scikit-learn, to check the fast path against."""
        vector = self.features.transform([model_input])
        relevance = self.relevance.predict_proba(vector)[0]
        deal_index = list(self.relevance.classes_).index("deal")
        types = self.deal_type.predict_proba(vector)[0]
        return float(relevance[deal_index]), dict(
            zip(self.deal_type.classes_, map(float, types), strict=True)
        )


def model_input(title: str, text: str, country_count: int, hits: list | None = None) -> str:
    """What the model reads: title twice, the lead, and cue and country-count tokens.

    `hits` are the cues already found in `title + "\n" + text`, to save a second pass."""
    body = text[:TEXT_CHARS]
    if hits is None:
        original = f"{title}\n{body}"
        counts = cue_counts(fold(original), original=original)
    else:
        limit = len(title) + 1 + len(body)
        counts = cue_counts("", [hit for hit in hits if hit.start < limit])
    tokens = []
    for name, count in counts.items():
        tokens += [f"cue{name}"] * min(count, 3)
    tokens.append(f"countries{min(country_count, 3)}")
    return f"{title} . {title} . {body} {' '.join(tokens)}"


def _classifier(c: float) -> LogisticRegression:
    # newton-cg reaches the same optimum as lbfgs on these small sparse problems, many times faster.
    return LogisticRegression(C=c, solver="newton-cg", max_iter=300, class_weight="balanced")


def training_version(examples: list[Example], rules: str = "") -> str:
    """A digest of the examples and of the rules (`rules`: a fingerprint of the cue and gazetteer
    tables and the code that reads them), so changed behaviour gets a new version."""
    digest = hashlib.sha256(rules.encode())
    for example in examples:
        digest.update(json.dumps(example.__dict__, sort_keys=True, default=list).encode())
    return f"{MODEL_FAMILY}-{digest.hexdigest()[:10]}"


def _cross_validated(
    matrix, labels: list[str], weights: np.ndarray, c: float, folds: int
) -> list[str]:
    """Out-of-fold predictions of the linear model.

    The vectorizers are fitted once on every input rather than inside each fold: they learn no
    labels, only a vocabulary and idf weights, and refitting them per fold tripled training time
    for figures that differed in the second decimal."""
    smallest = min(labels.count(label) for label in set(labels))
    folds = max(2, min(folds, smallest))
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=0)
    predicted = [""] * len(labels)
    label_array = np.array(labels)
    for train_index, test_index in splitter.split(np.zeros(len(labels)), labels):
        classifier = _classifier(c).fit(
            matrix[train_index], label_array[train_index], sample_weight=weights[train_index]
        )
        for i, label in zip(test_index, classifier.predict(matrix[test_index]), strict=True):
            predicted[i] = label
    return predicted


def train(
    examples: list[Example], country_counter, folds: int = 5, rules: str = ""
) -> TrainedModel:
    """Fit both models, with figures from stratified k-fold cross-validation.

    `country_counter(title, text) -> int` gives the number of countries involved, the same
    function the classifier uses at run time.
    """
    inputs = [model_input(e.title, e.text, country_counter(e.title, e.text)) for e in examples]
    labels = [e.label for e in examples]
    weights = np.array([e.weight for e in examples], dtype=float)
    deal_rows = np.array([i for i, e in enumerate(examples) if e.label == "deal"], dtype=np.intp)
    deal_types = [
        examples[i].deal_type if examples[i].deal_type in DEAL_TYPES else "other" for i in deal_rows
    ]
    features = Features().fit(inputs)
    matrix = features.transform(inputs)
    deal_matrix, deal_weights = matrix[deal_rows], weights[deal_rows]

    predicted = _cross_validated(matrix, labels, weights, c=RELEVANCE_C, folds=folds)
    predicted_types = _cross_validated(deal_matrix, deal_types, deal_weights, c=TYPE_C, folds=folds)
    from .metrics import relevance_scores

    figures = relevance_scores(labels, predicted)
    figures["type_accuracy"] = float(
        np.mean([a == b for a, b in zip(deal_types, predicted_types, strict=True)])
    )
    figures["examples"] = len(examples)
    figures["deals"] = len(deal_rows)

    relevance = _classifier(RELEVANCE_C).fit(matrix, labels, sample_weight=weights)
    deal_type = _classifier(TYPE_C).fit(deal_matrix, deal_types, sample_weight=deal_weights)
    return TrainedModel(
        version=training_version(examples, rules),
        features=features,
        relevance=relevance,
        deal_type=deal_type,
        figures=figures,
        trained_at=datetime.now(UTC).isoformat(timespec="seconds"),
        example_count=len(examples),
    )


def model_path(model_dir: Path, version: str) -> Path:
    return Path(model_dir) / f"classifier-{version}.joblib"


def save(model: TrainedModel, model_dir: Path) -> Path:
    path = model_path(model_dir, model.version)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    joblib.dump(model, temporary)
    # Rename last so a worker loading concurrently never sees half a file.
    temporary.replace(path)
    return path


def newest_model_file(model_dir: Path) -> Path | None:
    # Only this family's files: an older family reads a different input and cannot be used.
    files = sorted(
        Path(model_dir).glob(f"classifier-{MODEL_FAMILY}-*.joblib"),
        key=lambda p: p.stat().st_mtime,
    )
    return files[-1] if files else None


def load_current(model_dir: Path, train_if_missing=None) -> TrainedModel:
    """The newest saved model, loaded once per process; trained and saved if there is none."""
    key = str(Path(model_dir).resolve())
    with _cache_lock:
        if key in _cache:
            return _cache[key]
        path = newest_model_file(model_dir)
        if path is not None:
            model = joblib.load(path)
        elif train_if_missing is not None:
            logger.info("No classifier model in %s; training from the shipped examples", model_dir)
            model = train_if_missing()
            save(model, model_dir)
        else:
            raise FileNotFoundError(f"No classifier model in {model_dir}")
        _cache[key] = model
        return model


def forget_loaded_models() -> None:
    """Drop the per-process cache, after retraining or in tests."""
    with _cache_lock:
        _cache.clear()
