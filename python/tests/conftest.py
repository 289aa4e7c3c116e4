"""Where the tests find the shared data (models, videos, OpenFace's output) and the CLI they
compare against: ``PYFACEAU_SHARED`` (else ``../shared`` beside the repository) and
``PYFACEAU_CLI`` (else ``$CARGO_TARGET_DIR/release/pyfaceau-rs``, else ``target/release``)."""

import os
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def shared_dir() -> Path:
    return Path(os.environ.get("PYFACEAU_SHARED", REPO.parent / "shared"))


@pytest.fixture(scope="session")
def shared() -> Path:
    path = shared_dir()
    assert (path / "testdata").is_dir(), f"shared data missing: {path}"
    return path


@pytest.fixture(scope="session")
def models(shared) -> Path:
    return shared / "models" / "openface-2.2"


@pytest.fixture(scope="session")
def videos(shared) -> Path:
    return shared / "testdata" / "videos"


@pytest.fixture(scope="session")
def openface(shared) -> Path:
    return shared / "testdata" / "openface"


@pytest.fixture(scope="session")
def cli() -> Path:
    if "PYFACEAU_CLI" in os.environ:
        path = Path(os.environ["PYFACEAU_CLI"])
    else:
        target = Path(os.environ.get("CARGO_TARGET_DIR", REPO / "target"))
        path = target / "release" / "pyfaceau-rs"
    assert path.is_file(), f"CLI binary missing (cargo build --release): {path}"
    return path


def run_cli(cli: Path, *args) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(cli), *map(str, args)], capture_output=True, text=True, check=False
    )
