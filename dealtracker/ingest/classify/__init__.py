"""The article classifier: plain Python, no Django (see DESIGN.md, "The classifier, in stages").

classifier = load_classifier(model_dir, companies=[KnownCompany(...)], systems=[...])
result = classifier.classify(ArticleInput(title=..., text=...))
result.to_output_dict()
"""

from .classifier import Classifier, load_classifier, shipped_model, train_from
from .model import Example, TrainedModel, forget_loaded_models, load_current, save
from .schema import (
    DEAL_TYPES,
    STATUSES,
    ArticleInput,
    Classification,
    CompanyParty,
    CountryParty,
    KnownCompany,
    KnownDeal,
    KnownSystem,
    SystemMention,
    Value,
)

__all__ = [
    "DEAL_TYPES", "STATUSES", "ArticleInput", "Classification", "Classifier", "CompanyParty",
    "CountryParty", "Example", "KnownCompany", "KnownDeal", "KnownSystem", "SystemMention",
    "TrainedModel", "Value", "forget_loaded_models", "load_classifier", "load_current", "save",
    "shipped_model", "train_from",
]  # fmt: skip
