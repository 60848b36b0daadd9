from spacy.util import registry

from shared.extract.pipeline import make_nlp
from shared.extract.registrations import FACTORIES, MISC, OPTIONAL_FACTORIES, register


def test_registrations_list_every_factory_and_function():
    """A new worker process meets no unknown name: every one is registered on import."""
    register()
    for name in (*FACTORIES, *OPTIONAL_FACTORIES):
        assert registry.factories.get(name) is not None
    for name in MISC:
        assert registry.misc.get(name) is not None


def test_pipeline_names_our_components_in_order():
    assert make_nlp("pl").pipe_names == list(FACTORIES)


def test_importing_the_package_does_not_import_spacy():
    import subprocess
    import sys

    code = "import sys, shared.extract; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
