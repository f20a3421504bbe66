"""The learned part: relevance and deal type from TF-IDF word and character n-grams.

The text the model reads is the title (twice: headlines carry the news), the start of the
article, and tokens for the multilingual cues and the number of countries involved, so that what
it learns from English carries over to other languages.
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
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

MODEL_FAMILY = "v1"
TEXT_CHARS = 2500
CHAR_CHARS = 1200
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
        )


class Features:
    """Word and character n-grams; characters only over the head, where they pay off most."""

    def __init__(self) -> None:
        self.words = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, max_features=60000)
        self.chars = TfidfVectorizer(
            analyzer="char_wb", ngram_range=(3, 5), min_df=2, sublinear_tf=True,
            max_features=60000,
        )  # fmt: skip

    def fit(self, inputs: list[str]) -> Features:
        self.words.fit(inputs)
        self.chars.fit([text[:CHAR_CHARS] for text in inputs])
        return self

    def transform(self, inputs: list[str]):
        return hstack(
            [self.words.transform(inputs), self.chars.transform([t[:CHAR_CHARS] for t in inputs])]
        ).tocsr()


@dataclass
class TrainedModel:
    version: str
    features: Features
    relevance: LogisticRegression
    deal_type: LogisticRegression
    figures: dict = field(default_factory=dict)
    trained_at: str = ""
    example_count: int = 0

    def predict(self, model_input: str) -> tuple[float, dict[str, float]]:
        """Probability of a deal, and of each deal type given a deal."""
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
        counts = cue_counts(fold(f"{title}\n{body}"))
    else:
        limit = len(title) + 1 + len(body)
        counts = cue_counts("", [hit for hit in hits if hit.start < limit])
    tokens = []
    for name, count in counts.items():
        tokens += [f"cue{name}"] * min(count, 3)
    tokens.append(f"countries{min(country_count, 3)}")
    return f"{title} . {title} . {body} {' '.join(tokens)}"


def _classifier(c: float) -> LogisticRegression:
    return LogisticRegression(C=c, max_iter=3000, class_weight="balanced")


def training_version(examples: list[Example]) -> str:
    digest = hashlib.sha256()
    for example in examples:
        digest.update(json.dumps(example.__dict__, sort_keys=True, default=list).encode())
    return f"{MODEL_FAMILY}-{digest.hexdigest()[:10]}"


def _cross_validated(inputs: list[str], labels: list[str], c: float, folds: int) -> list[str]:
    """Out-of-fold predictions; the features are refitted inside each fold, as in production."""
    smallest = min(labels.count(label) for label in set(labels))
    folds = max(2, min(folds, smallest))
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=0)
    predicted = [""] * len(inputs)
    for train_index, test_index in splitter.split(inputs, labels):
        features = Features().fit([inputs[i] for i in train_index])
        classifier = _classifier(c).fit(
            features.transform([inputs[i] for i in train_index]), [labels[i] for i in train_index]
        )
        for i, label in zip(
            test_index,
            classifier.predict(features.transform([inputs[i] for i in test_index])),
            strict=True,
        ):
            predicted[i] = label
    return predicted


def train(examples: list[Example], country_counter, folds: int = 5) -> TrainedModel:
    """Fit both models, with figures from stratified k-fold cross-validation.

    `country_counter(title, text) -> int` gives the number of countries involved, the same
    function the classifier uses at run time.
    """
    inputs = [model_input(e.title, e.text, country_counter(e.title, e.text)) for e in examples]
    labels = [e.label for e in examples]
    deals = [(x, e.deal_type) for x, e in zip(inputs, examples, strict=True) if e.label == "deal"]
    deal_inputs = [x for x, _ in deals]
    deal_types = [t if t in DEAL_TYPES else "other" for _, t in deals]

    predicted = _cross_validated(inputs, labels, c=4.0, folds=folds)
    predicted_types = _cross_validated(deal_inputs, deal_types, c=8.0, folds=folds)
    from .metrics import relevance_scores

    figures = relevance_scores(labels, predicted)
    figures["type_accuracy"] = float(
        np.mean([a == b for a, b in zip(deal_types, predicted_types, strict=True)])
    )
    figures["examples"] = len(examples)
    figures["deals"] = len(deal_inputs)

    features = Features().fit(inputs)
    relevance = _classifier(4.0).fit(features.transform(inputs), labels)
    deal_type = _classifier(8.0).fit(features.transform(deal_inputs), deal_types)
    return TrainedModel(
        version=training_version(examples),
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
    files = sorted(Path(model_dir).glob("classifier-*.joblib"), key=lambda p: p.stat().st_mtime)
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
