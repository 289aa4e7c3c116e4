//! What the command lines of OpenFace's three programs (`FeatureExtraction`, `FaceLandmarkImg`,
//! `FaceLandmarkVidMulti`) share: the word reader with `-root`/`-inroot`, the output flags of
//! `RecorderOpenFaceParameters`, the camera, `-nobadaligned`, this project's `--models` and
//! `--quiet`, help, and the handling of flags without effect, unknown flags and stray words
//! (an error before any work; OpenFace ignores them).

use anyhow::{bail, Context};
use pyfaceau::io::output::CsvColumns;
use pyfaceau::model::pose::CameraIntrinsics;
use std::path::{Path, PathBuf};
use std::str::FromStr;

/// The words of a command line, read flag by flag.
pub struct Words<'a> {
    argv: &'a [String],
    next: usize,
    /// `-root`/`-inroot DIR` plus a slash, applied to every input path wherever the flag
    /// stands, as in OpenFace.
    root: String,
}

impl<'a> Words<'a> {
    pub fn new(argv: &'a [String]) -> Self {
        let mut root = String::new();
        for w in argv.windows(2) {
            if w[0] == "-root" || w[0] == "-inroot" {
                root = format!("{}/", w[1]);
            }
        }
        Words {
            argv,
            next: 0,
            root,
        }
    }

    /// The next word (a flag, or a stray argument).
    pub fn next_flag(&mut self) -> Option<&'a str> {
        let word = self.argv.get(self.next)?;
        self.next += 1;
        Some(word)
    }

    /// The value after `flag`, described as `what` when it is missing.
    pub fn value(&mut self, flag: &str, what: &str) -> anyhow::Result<String> {
        let value = self
            .argv
            .get(self.next)
            .cloned()
            .with_context(|| format!("{flag} needs {what}"))?;
        self.next += 1;
        Ok(value)
    }

    /// An input path after `flag`, with the `-root` prefix.
    pub fn input(&mut self, flag: &str, what: &str) -> anyhow::Result<String> {
        let value = self.value(flag, what)?;
        Ok(format!("{}{value}", self.root))
    }

    /// A value after `flag` that parses as a `T` accepted by `valid`; the error says `expected`.
    pub fn parsed<T: FromStr>(
        &mut self,
        flag: &str,
        what: &str,
        valid: impl Fn(&T) -> bool,
        expected: &str,
    ) -> anyhow::Result<T> {
        let v = self.value(flag, what)?;
        v.parse()
            .ok()
            .filter(valid)
            .with_context(|| format!("{flag} {v:?}: expected {expected}"))
    }
}

/// Flags that select outputs (`RecorderOpenFaceParameters`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct OutputFlags {
    pub landmarks_2d: bool,
    pub landmarks_3d: bool,
    pub pdm_params: bool,
    pub pose: bool,
    pub aus: bool,
    pub gaze: bool,
    pub hog: bool,
    pub aligned: bool,
    /// `-tracked` (`FeatureExtraction` only).
    pub tracked: bool,
}

impl OutputFlags {
    /// With no output flag, everything (OpenFace's `output_set == false`).
    pub fn resolved(self) -> Self {
        if self == OutputFlags::default() {
            OutputFlags {
                landmarks_2d: true,
                landmarks_3d: true,
                pdm_params: true,
                pose: true,
                aus: true,
                gaze: true,
                hog: true,
                aligned: true,
                tracked: true,
            }
        } else {
            self
        }
    }

    pub fn columns(self) -> CsvColumns {
        CsvColumns {
            gaze: self.gaze,
            pose: self.pose,
            landmarks_2d: self.landmarks_2d,
            landmarks_3d: self.landmarks_3d,
            pdm_params: self.pdm_params,
            aus: self.aus,
        }
    }
}

/// The flags every program reads the same way.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SharedFlags {
    pub outputs: OutputFlags,
    /// `-nobadaligned`: aligned faces of successful fits only.
    pub no_bad_aligned: bool,
    pub fx: Option<f32>,
    pub fy: Option<f32>,
    pub cx: Option<f32>,
    pub cy: Option<f32>,
    pub models: Option<PathBuf>,
    pub quiet: bool,
    pub help: bool,
}

impl SharedFlags {
    /// Reads `flag` (and its value) when it is one of these; `false` for any other flag.
    pub fn take(&mut self, flag: &str, words: &mut Words) -> anyhow::Result<bool> {
        let o = &mut self.outputs;
        match flag {
            "-2Dfp" => o.landmarks_2d = true,
            "-3Dfp" => o.landmarks_3d = true,
            "-pdmparams" => o.pdm_params = true,
            "-pose" => o.pose = true,
            "-aus" => o.aus = true,
            "-gaze" => o.gaze = true,
            "-hogalign" => o.hog = true,
            "-simalign" => o.aligned = true,
            "-nobadaligned" => self.no_bad_aligned = true,
            "-fx" | "-fy" | "-cx" | "-cy" => {
                let n = words.parsed(
                    flag,
                    "a number of pixels",
                    |n: &f32| n.is_finite() && *n > 0.0,
                    "a positive number",
                )?;
                match flag {
                    "-fx" => self.fx = Some(n),
                    "-fy" => self.fy = Some(n),
                    "-cx" => self.cx = Some(n),
                    _ => self.cy = Some(n),
                }
            }
            "-root" | "-inroot" => {
                words.value(flag, "a folder")?;
            }
            "--models" => self.models = Some(PathBuf::from(words.value(flag, "a folder")?)),
            "--quiet" => self.quiet = true,
            "--help" | "-help" | "-h" => self.help = true,
            "-device" | "-cam_width" | "-cam_height" => {
                bail!("{flag}: webcam input is not supported; record a video and pass it with -f")
            }
            _ => return Ok(false),
        }
        Ok(true)
    }

    /// Checks what only the whole command line shows: the camera flags come in pairs.
    pub fn check(&self) -> anyhow::Result<()> {
        if self.fx.is_some() != self.fy.is_some() || self.cx.is_some() != self.cy.is_some() {
            bail!("-fx and -fy, and -cx and -cy, must be given together");
        }
        Ok(())
    }

    /// The camera for a `width × height` input: the pairs given, OpenFace's defaults for the
    /// others (`SequenceCapture::SetCameraIntrinsics`, `ImageCapture::SetCameraIntrinsics`).
    pub fn camera(&self, width: usize, height: usize) -> CameraIntrinsics {
        let default = CameraIntrinsics::openface_default(width, height);
        CameraIntrinsics {
            fx: self.fx.unwrap_or(default.fx),
            fy: self.fy.unwrap_or(default.fy),
            cx: self.cx.unwrap_or(default.cx),
            cy: self.cy.unwrap_or(default.cy),
        }
    }
}

/// What a program does with a word no flag of its own took: skips a flag without effect
/// (`no_effect`, `with_value`: those followed by a value), refuses any other.
pub fn other_word(
    word: &str,
    words: &mut Words,
    program: &str,
    no_effect: &[&str],
    with_value: &[&str],
) -> anyhow::Result<()> {
    if no_effect.contains(&word) {
        return Ok(());
    }
    if with_value.contains(&word) {
        words.value(word, "a value")?;
        return Ok(());
    }
    if word.starts_with('-') {
        bail!(
            "unknown flag {word} (see `pyfaceau-rs {program} --help`); OpenFace would ignore it \
             silently"
        );
    }
    bail!(
        "unexpected argument {word:?} (a flag without its dash?); see `pyfaceau-rs {program} \
         --help`"
    )
}

/// The OpenFace model folder a `-mloc` path lies in (`FOLDER/model/main_*.txt`, an existing
/// file), if any.
pub fn model_folder(mloc: &Path) -> Option<PathBuf> {
    mloc.parent()
        .filter(|p| p.file_name().is_some_and(|n| n == "model") && mloc.is_file())
        .and_then(Path::parent)
        .map(Path::to_path_buf)
}
