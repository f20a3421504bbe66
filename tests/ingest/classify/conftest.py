import pytest

from dealtracker.ingest.classify import Classifier, KnownCompany, KnownSystem, save, train_from
from dealtracker.ingest.classify.training import shipped_examples


@pytest.fixture(scope="session")
def trained_model():
    # Two folds: the figures are not under test here, and training once per session is enough.
    return train_from(shipped_examples(), folds=2)


@pytest.fixture(scope="session")
def classifier(trained_model):
    companies = [
        KnownCompany("skyfalcon", "SkyFalcon Aerial Systems", ("SFAS", "Sky Falcon"), "LT"),
    ]
    systems = [KnownSystem("kestrel-9", "Kestrel-9", ("K9 Kestrel",))]
    return Classifier(trained_model, companies, systems)


@pytest.fixture
def model_dir(tmp_path, trained_model):
    save(trained_model, tmp_path)
    return tmp_path
