"""The package against the CLI: the same printed values, the GIL released, the same errors."""

import csv
import threading
import time

import numpy as np
import pytest

import pyfaceau_rs
from pyfaceau_rs import PyfaceauError

from conftest import run_cli

INT_COLUMNS = {"frame", "face_id", "success"}


def assert_matches_csv_text(df, path):
    """Every column of `df` holds exactly the values the CSV at `path` prints, in its order:
    integers for frame/face_id/success, the nearest float64 of each printed number otherwise."""
    with open(path, newline="") as f:
        rows = list(csv.reader(f))
    header, body = rows[0], rows[1:]
    assert list(df.columns) == header
    assert len(df) == len(body) > 0
    for j, name in enumerate(header):
        column = df[name].to_numpy()
        if name in INT_COLUMNS:
            assert column.dtype == np.int64, name
            expected = np.array([int(r[j]) for r in body], dtype=np.int64)
        else:
            assert column.dtype == np.float64, name
            expected = np.array([float(r[j]) for r in body], dtype=np.float64)
        mismatch = np.flatnonzero(column != expected)
        assert mismatch.size == 0, f"{name}: first mismatch on row {mismatch[:1]}"


@pytest.fixture(scope="module")
def default_cli_outputs(cli, videos, models, tmp_path_factory):
    out = tmp_path_factory.mktemp("cli")
    done = run_cli(
        cli, "extract", videos / "default.wmv", "-o", out / "default.csv",
        "--hog", out / "default.hog", "--models", models, "--quiet",
    )
    assert done.returncode == 0, done.stderr
    return out / "default.csv", out / "default.hog"


@pytest.fixture(scope="module")
def default_full(videos, models, tmp_path_factory):
    keep = tmp_path_factory.mktemp("py") / "default.csv"
    full = pyfaceau_rs.extract_full(
        videos / "default.wmv", models=models, hog=True, csv=keep, progress=False
    )
    return full, keep


def test_extract_equals_the_cli_csv_in_every_column(default_cli_outputs, default_full):
    cli_csv, _ = default_cli_outputs
    full, kept_csv = default_full
    assert_matches_csv_text(full.data, cli_csv)
    # The file the package wrote in-process is the CLI's byte for byte.
    assert kept_csv.read_bytes() == cli_csv.read_bytes()
    assert full.frames == len(full.data) == 288
    assert full.successful_frames == int(full.data["success"].sum())
    assert full.damage is None


def test_extract_returns_the_same_dataframe_as_extract_full(videos, models, default_full):
    df = pyfaceau_rs.extract(videos / "default.wmv", models=models, threads=1, progress=False)
    full, _ = default_full
    assert df.equals(full.data)


def test_landmarks_and_hog_arrays(default_cli_outputs, default_full, openface):
    _, cli_hog = default_cli_outputs
    full, _ = default_full
    df = full.data
    assert full.landmarks.shape == (len(df), 68, 2)
    assert np.array_equal(full.landmarks[:, 30, 0], df["x_30"].to_numpy())
    assert np.array_equal(full.landmarks[:, 67, 1], df["y_67"].to_numpy())
    assert full.hog.dtype == np.float32 and full.hog.shape == (len(df), 4464)
    # OpenFace's own .hog file for this video, record by record: 3 int32 dims, a float32 flag,
    # 4464 float32 values.
    raw = (openface / "default.hog").read_bytes()
    record = 16 + 4 * 4464
    assert len(raw) == record * len(df)
    for i in (0, len(df) // 2, len(df) - 1):
        rec = raw[i * record:(i + 1) * record]
        assert tuple(np.frombuffer(rec[:12], "<i4")) == (12, 12, 31)
        assert np.frombuffer(rec[12:16], "<f4")[0] == (1.0 if full.hog_valid[i] else -1.0)
        assert full.hog[i].tobytes() == rec[16:]
    cli_descriptors, cli_valid = pyfaceau_rs.read_hog(cli_hog)
    assert np.array_equal(cli_descriptors, full.hog)
    assert np.array_equal(cli_valid, full.hog_valid)
    assert np.array_equal(full.hog_valid, df["success"].to_numpy() == 1)


def test_a_python_thread_runs_while_extract_works(videos, models):
    ticks = []
    stop = threading.Event()

    def tick():
        while not stop.is_set():
            ticks.append(time.monotonic())
            time.sleep(0.001)

    thread = threading.Thread(target=tick)
    thread.start()
    try:
        time.sleep(0.05)
        start = time.monotonic()
        df = pyfaceau_rs.extract(videos / "default.wmv", models=models, progress=False)
        end = time.monotonic()
    finally:
        stop.set()
        thread.join()
    assert len(df) == 288
    during = [t for t in ticks if start < t < end]
    # With the GIL held by the call, the thread could not tick at all until it returned.
    assert end - start > 0.5
    assert len(during) >= 100, f"{len(during)} ticks in {end - start:.2f} s"
    gaps = np.diff([start, *during, end])
    assert gaps.max() < 0.5 * (end - start), f"longest pause {gaps.max():.2f} s"


def cli_error(cli, *args):
    done = run_cli(cli, *args)
    assert done.returncode == 2
    line = done.stderr.strip()
    assert line.startswith("error: ") and "\n" not in line, done.stderr
    return line[len("error: "):]


def test_a_missing_video_raises_the_cli_message(cli, models, tmp_path):
    missing = tmp_path / "no such video.mp4"
    expected = cli_error(cli, "extract", missing, "-o", tmp_path / "x.csv", "--models", models)
    with pytest.raises(PyfaceauError) as caught:
        pyfaceau_rs.extract(missing, models=models, progress=False)
    assert str(caught.value) == expected
    assert str(missing) in expected
    assert not (tmp_path / "x.csv").exists()


def test_a_bad_model_directory_raises_the_cli_message(cli, videos, tmp_path):
    empty = tmp_path / "models"
    empty.mkdir()
    video = videos / "default.wmv"
    expected = cli_error(cli, "extract", video, "-o", tmp_path / "x.csv", "--models", empty)
    with pytest.raises(PyfaceauError) as caught:
        pyfaceau_rs.extract(video, models=empty, progress=False)
    assert str(caught.value) == expected


def test_a_malformed_landmarks_csv_raises_the_cli_message(cli, videos, models, tmp_path):
    bad = tmp_path / "landmarks.csv"
    bad.write_text("frame,success\n1,1\n")
    video = videos / "default.wmv"
    expected = cli_error(
        cli, "extract", video, "-o", tmp_path / "x.csv", "--models", models, "--landmarks", bad
    )
    with pytest.raises(PyfaceauError) as caught:
        pyfaceau_rs.extract(video, models=models, landmarks=bad, progress=False)
    assert str(caught.value) == expected


def test_extract_on_openface_landmarks_equals_the_cli(cli, videos, models, openface, tmp_path):
    video, landmarks = videos / "default.wmv", openface / "default.csv"
    out = tmp_path / "cli.csv"
    done = run_cli(
        cli, "extract", video, "-o", out, "--models", models, "--landmarks", landmarks,
        "--au-static", "--fx", 500, "--fy", 500, "--cx", 320, "--cy", 240, "--quiet",
    )
    assert done.returncode == 0, done.stderr
    df = pyfaceau_rs.extract(
        video, models=models, landmarks=landmarks, au_static=True,
        camera=(500, 500, 320, 240), progress=False,
    )
    assert_matches_csv_text(df, out)


def test_progress_bar_counts_every_frame(videos, models, capsys):
    pytest.importorskip("tqdm")
    df = pyfaceau_rs.extract(videos / "default.wmv", models=models, progress=True)
    err = capsys.readouterr().err
    assert "288/288" in err
    assert len(df) == 288


def test_a_damaged_video_warns_with_the_cli_message(cli, videos, models, tmp_path):
    video = tmp_path / "cut.wmv"
    video.write_bytes((videos / "default.wmv").read_bytes()[:1_000_000])
    out = tmp_path / "cli.csv"
    done = run_cli(cli, "extract", video, "-o", out, "--models", models, "--quiet")
    assert done.returncode == 3, done.stderr
    line = done.stderr.strip()
    assert line.startswith("warning: ") and "\n" not in line
    with pytest.warns(pyfaceau_rs.PyfaceauWarning) as warned:
        full = pyfaceau_rs.extract_full(video, models=models, progress=False)
    assert [str(w.message) for w in warned] == [line[len("warning: "):]]
    assert full.damage == line[len("warning: "):]
    assert 10 < full.frames < 288
    assert_matches_csv_text(full.data, out)
