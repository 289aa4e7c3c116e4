"""extract_batch against the CLI's batch, and compare against the CLI's compare --json."""

import json
import os

import pytest

import pyfaceau_rs
from pyfaceau_rs import PyfaceauError

from conftest import run_cli
from test_extract import assert_matches_csv_text

VIDEOS = ["0417_02_003_bill_clinton.avi", "noface.mp4"]


@pytest.fixture(scope="module")
def cli_batch(cli, videos, models, tmp_path_factory):
    folder = tmp_path_factory.mktemp("in")
    for name in VIDEOS:
        os.symlink(videos / name, folder / name)
    out = tmp_path_factory.mktemp("out")
    done = run_cli(cli, "batch", folder, "-o", out, "--models", models, "--quiet")
    assert done.returncode == 0, done.stderr
    return out


def test_batch_equals_the_cli_batch(cli_batch, videos, models):
    paths = [videos / name for name in VIDEOS]
    results = pyfaceau_rs.extract_batch(paths, jobs=2, models=models, progress=False)
    assert list(results) == [str(p) for p in paths]
    for name, path in zip(VIDEOS, paths):
        csv = cli_batch / (os.path.splitext(name)[0] + ".csv")
        assert_matches_csv_text(results[str(path)], csv)


def test_batch_goes_on_after_a_failed_video(cli, videos, models, tmp_path):
    good = videos / "noface.mp4"
    missing = tmp_path / "missing.mp4"
    with pytest.raises(PyfaceauError) as caught:
        pyfaceau_rs.extract_batch([missing, good], models=models, progress=False)
    err = caught.value
    assert list(err.failures) == [str(missing)]
    assert list(err.results) == [str(good)]
    # The CLI's per-video line is `error: VIDEO: <the library's message>`.
    alone = run_cli(cli, "extract", missing, "-o", tmp_path / "x.csv", "--models", models)
    assert str(err) == f"{missing}: {alone.stderr.strip()[len('error: '):]}"
    kept = pyfaceau_rs.extract_batch(
        [missing, good], models=models, full=True, errors="keep", progress=False
    )
    assert isinstance(kept[str(missing)], PyfaceauError)
    assert kept[str(good)].frames == len(kept[str(good)].data)


def test_compare_returns_the_cli_json_report(cli, videos, models, openface, tmp_path):
    ours = tmp_path / "default.csv"
    pyfaceau_rs.extract_full(videos / "default.wmv", models=models, csv=ours, progress=False)
    reference = openface / "default.csv"
    report = pyfaceau_rs.compare(ours, reference)
    done = run_cli(cli, "compare", ours, reference, "--json")
    assert done.returncode == 0, done.stdout
    assert report == json.loads(done.stdout)
    assert report["passed"] is True
    assert {au["au"] for au in report["aus"]} >= {"AU01", "AU12", "AU45"}

    strict = pyfaceau_rs.compare(ours, reference, max_gaze_rad=0.0, min_r=1.0)
    done = run_cli(
        cli, "compare", ours, reference, "--json", "--max-gaze-rad", 0, "--min-r", 1
    )
    assert strict == json.loads(done.stdout)
    assert strict["passed"] is (done.returncode == 0)


def test_compare_accepts_dataframes_and_reports_bad_limits(cli, openface, tmp_path):
    reference = openface / "default.csv"
    df = pyfaceau_rs.read_csv(reference)
    report = pyfaceau_rs.compare(df, reference, plot=tmp_path / "aus.svg")
    assert report["passed"] is True
    assert (tmp_path / "aus.svg").stat().st_size > 0
    done = run_cli(cli, "compare", reference, reference, "--min-r", 2)
    assert done.returncode == 2
    with pytest.raises(PyfaceauError) as caught:
        pyfaceau_rs.compare(reference, reference, min_r=2)
    assert str(caught.value) == done.stderr.strip()[len("error: "):]
    with pytest.raises(TypeError):
        pyfaceau_rs.compare(reference, reference, min_rr=0.5)
