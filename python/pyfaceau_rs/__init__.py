"""Facial Action Units from face videos, numerically faithful to C++ OpenFace 2.2.

The Python face of pyfaceau-rs: the same library as the ``pyfaceau-rs`` command, run
in-process with the GIL released. Every function writes OpenFace's files with the library's own
writers and reads them back, so a DataFrame holds exactly the values ``pyfaceau-rs extract``
prints in its CSV.

>>> import pyfaceau_rs
>>> aus = pyfaceau_rs.extract("video.mp4")            # pandas.DataFrame, OpenFace's columns
>>> full = pyfaceau_rs.extract_full("video.mp4", hog=True)
>>> full.landmarks.shape, full.hog.shape               # (frames, 68, 2), (frames, 4464)
>>> report = pyfaceau_rs.compare("ours.csv", "openface.csv")
>>> report["passed"]
"""

from __future__ import annotations

import json
import os
import tempfile
import threading
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Optional, Sequence, Tuple, Union

import numpy as np
import pandas as pd

from ._pyfaceau_rs import (
    Counter as _Counter,
    PyfaceauError,
    __version__,
    batch_to_csv as _batch_to_csv,
    compare_json as _compare_json,
    default_thresholds as _default_thresholds,
    extract_to_csv as _extract_to_csv,
    frame_count_hint as _frame_count_hint,
    models_path,
)

__all__ = [
    "Extraction",
    "PyfaceauError",
    "PyfaceauWarning",
    "__version__",
    "compare",
    "extract",
    "extract_batch",
    "extract_full",
    "models_path",
    "read_csv",
    "read_hog",
]

PathLike = Union[str, os.PathLike]
Camera = Tuple[float, float, float, float]


class PyfaceauWarning(UserWarning):
    """The input was damaged (a truncated or corrupt video, an unreadable image): the result
    holds every frame that could be read. The message is the CLI's ``warning:`` text."""


@dataclass
class Extraction:
    """What :func:`extract_full` returns for one video."""

    #: OpenFace's CSV as a DataFrame (what :func:`extract` returns).
    data: pd.DataFrame
    #: 2D landmarks, ``(frames, points, 2)`` float64, pixels: the CSV's ``x_i``, ``y_i`` values.
    landmarks: np.ndarray
    #: OpenFace's HOG descriptor per frame, ``(frames, 4464)`` float32 as in its ``.hog`` file;
    #: ``None`` unless ``hog=True``.
    hog: Optional[np.ndarray]
    #: Per frame, whether the ``.hog`` file marks the frame good (tracked); ``None`` unless
    #: ``hog=True``.
    hog_valid: Optional[np.ndarray]
    #: Frames written.
    frames: int
    #: Frames with a tracked face (``success`` 1).
    successful_frames: int
    #: The CLI's warning text when the input was damaged, else ``None``.
    damage: Optional[str]


# pandas before 3 parses floats with a fast parser that can miss the nearest double by an ulp
# unless asked for "round_trip"; pandas 3 parses them exactly by default and deprecates the option.
_EXACT_FLOATS = {"float_precision": "round_trip"} if int(pd.__version__.split(".")[0]) < 3 else {}


def read_csv(path: PathLike) -> pd.DataFrame:
    """Reads an OpenFace (or pyfaceau-rs) CSV as this package does: header names stripped,
    every value parsed to the nearest float (``frame``, ``face_id``, ``success`` as int)."""
    df = pd.read_csv(path, skipinitialspace=True, **_EXACT_FLOATS)
    df.columns = [c.strip() for c in df.columns]
    return df


def read_hog(path: PathLike) -> Tuple[np.ndarray, np.ndarray]:
    """Reads OpenFace's binary ``.hog`` file: ``(descriptors, valid)`` with descriptors
    ``(frames, cols·rows·channels)`` float32 and ``valid`` a bool per frame."""
    raw = Path(path).read_bytes()
    if not raw:
        return np.zeros((0, 0), np.float32), np.zeros(0, bool)
    cols, rows, chans = np.frombuffer(raw[:12], "<i4")
    n = int(cols) * int(rows) * int(chans)
    record = np.dtype([("dims", "<i4", (3,)), ("flag", "<f4"), ("hog", "<f4", (n,))])
    if len(raw) % record.itemsize:
        raise PyfaceauError(f"{path}: not a HOG file of {n}-value frames")
    frames = np.frombuffer(raw, record)
    return frames["hog"].copy(), frames["flag"] > 0


def _landmarks(df: pd.DataFrame) -> np.ndarray:
    n = sum(1 for c in df.columns if c.startswith("x_"))
    xs = df[[f"x_{i}" for i in range(n)]].to_numpy(np.float64)
    ys = df[[f"y_{i}" for i in range(n)]].to_numpy(np.float64)
    return np.stack([xs, ys], axis=-1)


def _tqdm(progress: Optional[bool]):
    """The tqdm class when a bar is wanted: ``None`` → when tqdm is installed, ``True`` → tqdm
    required, ``False`` → never."""
    if progress is False:
        return None
    try:
        from tqdm.auto import tqdm
    except ImportError:
        if progress:
            raise
        return None
    return tqdm


class _Progress:
    """A tqdm bar fed from a :class:`_Counter` by a polling thread while Rust works."""

    def __init__(self, progress, counter, total, unit, desc, frames_postfix=False):
        self._tqdm = _tqdm(progress)
        self._counter = counter
        self._total = total
        self._unit = unit
        self._desc = desc
        self._frames_postfix = frames_postfix
        self._stop = threading.Event()
        self._bar = None
        self._thread = None

    def _value(self):
        return self._counter.videos if self._frames_postfix else self._counter.frames

    def _refresh(self):
        self._bar.n = self._value()
        if self._frames_postfix:
            self._bar.set_postfix(frames=self._counter.frames, refresh=False)
        self._bar.refresh()

    def _poll(self):
        while not self._stop.wait(0.1):
            self._refresh()

    def __enter__(self):
        if self._tqdm is not None:
            self._bar = self._tqdm(total=self._total or None, unit=self._unit, desc=self._desc)
            self._thread = threading.Thread(target=self._poll, daemon=True)
            self._thread.start()
        return self

    def __exit__(self, *exc):
        if self._bar is not None:
            self._stop.set()
            self._thread.join()
            self._refresh()
            self._bar.close()
        return False


def _camera(camera: Optional[Camera]) -> Optional[Camera]:
    if camera is None:
        return None
    if isinstance(camera, dict):
        camera = (camera["fx"], camera["fy"], camera["cx"], camera["cy"])
    fx, fy, cx, cy = (float(v) for v in camera)
    return (fx, fy, cx, cy)


def _fspath(path: Optional[PathLike]) -> Optional[str]:
    return None if path is None else os.fspath(path)


def _warn_damage(summary: dict) -> None:
    if summary["damage"] is not None:
        warnings.warn(PyfaceauWarning(summary["damage"]), stacklevel=3)


def extract_full(
    path: PathLike,
    *,
    models: Optional[PathLike] = None,
    threads: Optional[int] = None,
    landmarks: Optional[PathLike] = None,
    au_static: bool = False,
    camera: Optional[Camera] = None,
    landmark_model: str = "clnf",
    hog: bool = False,
    csv: Optional[PathLike] = None,
    aligned: Optional[PathLike] = None,
    aligned_format: str = "bmp",
    skip_bad_images: bool = False,
    progress: Optional[bool] = None,
) -> Extraction:
    """Runs ``pyfaceau-rs extract`` on a video file or image folder, in-process.

    Arguments mirror the CLI's options: ``models`` (``--models``; default ``PYFACEAU_MODELS``,
    else the per-user data directory), ``threads`` (``--threads``; default every CPU the
    process may use), ``landmarks`` (``--landmarks``: a CSV of per-frame landmarks instead of
    the built-in tracker), ``au_static`` (``--au-static``), ``camera`` (``(fx, fy, cx, cy)``,
    ``--fx --fy --cx --cy``), ``landmark_model`` (``"clnf"`` or ``"ceclm"``), ``hog`` (also
    return OpenFace's HOG descriptors), ``csv`` (also keep the CSV at this path, written
    atomically, byte-identical to the CLI's), ``aligned``/``aligned_format`` (write the
    aligned faces into this folder), ``skip_bad_images`` (``--skip-bad-images``). ``progress``:
    a tqdm bar when tqdm is installed (``None``), always (``True``) or never (``False``).

    Raises :class:`PyfaceauError` with the CLI's one-line message on bad input; a damaged input
    gives a :class:`PyfaceauWarning` and the frames that could be read.
    """
    counter = _Counter()
    with tempfile.TemporaryDirectory(prefix="pyfaceau-rs-") as tmp:
        out = _fspath(csv) or os.path.join(tmp, "out.csv")
        hog_path = os.path.join(tmp, "out.hog") if hog else None
        total = _frame_count_hint(os.fspath(path)) if _tqdm(progress) else 0
        with _Progress(progress, counter, total, "frame", Path(path).name):
            summary = _extract_to_csv(
                os.fspath(path),
                out,
                models=_fspath(models),
                threads=threads,
                landmarks=_fspath(landmarks),
                au_static=au_static,
                camera=_camera(camera),
                landmark_model=landmark_model,
                hog_output=hog_path,
                aligned_dir=_fspath(aligned),
                aligned_format=aligned_format,
                skip_bad_images=skip_bad_images,
                counter=counter,
            )
        _warn_damage(summary)
        data = read_csv(out)
        descriptors, valid = read_hog(hog_path) if hog_path else (None, None)
    return Extraction(
        data=data,
        landmarks=_landmarks(data),
        hog=descriptors,
        hog_valid=valid,
        frames=summary["frames"],
        successful_frames=summary["successful_frames"],
        damage=summary["damage"],
    )


def extract(path: PathLike, **options: Any) -> pd.DataFrame:
    """OpenFace's CSV for one video (or image folder) as a DataFrame: the values
    ``pyfaceau-rs extract`` prints, one row per frame, OpenFace's columns in OpenFace's order
    (``frame`` from 1, ``success`` 0/1, ``AUxx_r`` intensities, ``AUxx_c`` presences, …).
    Takes the options of :func:`extract_full` except ``hog``."""
    if "hog" in options:
        raise TypeError("extract() takes no 'hog' option: use extract_full(..., hog=True)")
    return extract_full(path, **options).data


def extract_batch(
    paths: Iterable[PathLike],
    *,
    jobs: Optional[int] = None,
    models: Optional[PathLike] = None,
    au_static: bool = False,
    camera: Optional[Camera] = None,
    landmark_model: str = "clnf",
    hog: bool = False,
    full: bool = False,
    errors: str = "raise",
    progress: Optional[bool] = None,
) -> dict:
    """Extracts several videos as ``pyfaceau-rs batch`` does: the models are loaded once and
    the videos run side by side on ``jobs`` worker threads (default: every CPU the process may
    use; ``batch --threads``). Returns ``{path: DataFrame}`` in the order given (``full=True``:
    :class:`Extraction` objects, with HOG when ``hog=True``).

    A video that fails does not stop the others. ``errors="raise"`` (default): once all are
    done, :class:`PyfaceauError` with the first failure's CLI line (``VIDEO: error``); its
    ``failures`` attribute maps each failed path to its message and ``results`` holds the
    others. ``errors="keep"``: a failed path maps to its :class:`PyfaceauError` instead.
    """
    if errors not in ("raise", "keep"):
        raise ValueError(f"errors must be 'raise' or 'keep', got {errors!r}")
    if hog and not full:
        raise ValueError("hog=True needs full=True (the HOG is part of an Extraction)")
    paths = [os.fspath(p) for p in paths]
    counter = _Counter()
    with tempfile.TemporaryDirectory(prefix="pyfaceau-rs-") as tmp:
        jobs_list = [
            (p, os.path.join(tmp, f"{i}.csv"), os.path.join(tmp, f"{i}.hog") if hog else None)
            for i, p in enumerate(paths)
        ]
        with _Progress(progress, counter, len(paths), "video", "videos", frames_postfix=True):
            outcomes = _batch_to_csv(
                jobs_list,
                models=_fspath(models),
                threads=jobs,
                au_static=au_static,
                camera=_camera(camera),
                landmark_model=landmark_model,
                counter=counter,
            )
        results: dict = {}
        failures: dict = {}
        for (path, out, hog_path), (summary, message) in zip(jobs_list, outcomes):
            if message is not None:
                failures[path] = message
                if errors == "keep":
                    results[path] = PyfaceauError(message)
                continue
            _warn_damage(summary)
            data = read_csv(out)
            if not full:
                results[path] = data
                continue
            descriptors, valid = read_hog(hog_path) if hog_path else (None, None)
            results[path] = Extraction(
                data=data,
                landmarks=_landmarks(data),
                hog=descriptors,
                hog_valid=valid,
                frames=summary["frames"],
                successful_frames=summary["successful_frames"],
                damage=summary["damage"],
            )
    if failures and errors == "raise":
        err = PyfaceauError(next(iter(failures.values())))
        err.failures = failures
        err.results = results
        raise err
    return results


def compare(
    ours: Union[PathLike, pd.DataFrame],
    reference: Union[PathLike, pd.DataFrame],
    *,
    plot: Optional[PathLike] = None,
    **limits: float,
) -> dict:
    """``pyfaceau-rs compare OURS REFERENCE --json``: the comparison report as a dict (per-AU
    Pearson r, MAE and presence agreement, landmark, pose and gaze errors, the checks and the
    verdict ``passed``). Either side may be a path (OpenFace, pyfaceau-rs or PyFaceAU CSV) or a
    DataFrame. ``limits`` are the CLI's thresholds with underscores (``min_r``, ``max_mae``,
    ``min_presence_agreement``, ``max_landmark_px``, ``max_translation_mm``,
    ``max_rotation_rad``, ``max_gaze_rad``, ``min_success_agreement``,
    ``max_missing_frames``); ``plot`` also draws each AU's two series into an .svg or .png.
    A failed limit is not an error: see ``report["passed"]``."""
    thresholds = _default_thresholds()
    unknown = set(limits) - set(thresholds)
    if unknown:
        raise TypeError(f"compare() got unknown limits: {', '.join(sorted(unknown))}")
    thresholds.update(limits)
    thresholds["max_missing_frames"] = int(thresholds["max_missing_frames"])
    with tempfile.TemporaryDirectory(prefix="pyfaceau-rs-") as tmp:

        def as_path(side, name):
            if isinstance(side, pd.DataFrame):
                path = os.path.join(tmp, f"{name}.csv")
                side.to_csv(path, index=False)
                return path
            return os.fspath(side)

        text = _compare_json(
            as_path(ours, "ours"),
            as_path(reference, "reference"),
            plot=_fspath(plot),
            **thresholds,
        )
    return json.loads(text)
