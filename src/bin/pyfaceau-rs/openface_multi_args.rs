//! The command line `FaceLandmarkImg` and `FaceLandmarkVidMulti` share: inputs, `-out_dir`,
//! the output flags of `RecorderOpenFaceParameters`, `-mloc`, the camera, and this project's
//! `--models`. As for `FeatureExtraction`, an unknown flag or stray argument is an error
//! before any work (OpenFace ignores it).

use anyhow::{bail, Context};
use pyfaceau::io::output::CsvColumns;
use pyfaceau::model::pose::CameraIntrinsics;
use std::path::{Path, PathBuf};

/// Which OpenFace program is being run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Program {
    FaceLandmarkImg,
    FaceLandmarkVidMulti,
}

impl Program {
    pub fn name(self) -> &'static str {
        match self {
            Program::FaceLandmarkImg => "FaceLandmarkImg",
            Program::FaceLandmarkVidMulti => "FaceLandmarkVidMulti",
        }
    }
}

/// Output flags (`RecorderOpenFaceParameters`); with none of them, every output this project
/// writes for the program.
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
}

impl OutputFlags {
    /// With no output flag, everything (OpenFace's `output_set == false`), except the
    /// visualisation, which is not written here.
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

/// The parsed command line.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Args {
    /// `-f` inputs in order.
    pub files: Vec<String>,
    /// `-fdir` (the first one; `FaceLandmarkImg` only).
    pub dir: Option<String>,
    pub out_dir: Option<String>,
    pub outputs: OutputFlags,
    /// `-multi_view 1` (`FaceLandmarkImg`): the 11 rotation hypotheses instead of one.
    pub multi_view: bool,
    /// `-nobadaligned`: aligned faces of successful fits only.
    pub no_bad_aligned: bool,
    pub fx: Option<f32>,
    pub fy: Option<f32>,
    pub cx: Option<f32>,
    pub cy: Option<f32>,
    pub models: Option<PathBuf>,
    pub model_folder: Option<PathBuf>,
    pub quiet: bool,
    pub help: bool,
}

/// Flags OpenFace's programs accept that change nothing in these outputs (`-au_static`: both
/// programs use the static AU models anyway).
const NO_EFFECT: [&str; 7] = [
    "-au_static",
    "-verbose",
    "-vis-track",
    "-vis-hog",
    "-vis-align",
    "-vis-aus",
    "-vis-all",
];
const NO_EFFECT_WITH_VALUE: [&str; 1] = ["-outroot"];

/// Parses `argv` (without the program name) for `program`.
pub fn parse(program: Program, argv: &[String]) -> anyhow::Result<Args> {
    let mut a = Args::default();
    let help = program.name();
    let mut root = String::new();
    for w in argv.windows(2) {
        if w[0] == "-root" || w[0] == "-inroot" {
            root = format!("{}/", w[1]);
        }
    }
    let mut i = 0;
    while i < argv.len() {
        let flag = argv[i].as_str();
        let mut value = |what: &str| -> anyhow::Result<String> {
            i += 1;
            argv.get(i)
                .cloned()
                .with_context(|| format!("{flag} needs {what}"))
        };
        match flag {
            "-f" => a.files.push(format!("{root}{}", value("a file")?)),
            "-fdir" if program == Program::FaceLandmarkImg => {
                let dir = format!("{root}{}", value("a folder")?);
                a.dir.get_or_insert(dir);
            }
            "-root" | "-inroot" => {
                value("a folder")?;
            }
            "-out_dir" => a.out_dir = Some(value("a folder")?),
            "-2Dfp" => a.outputs.landmarks_2d = true,
            "-3Dfp" => a.outputs.landmarks_3d = true,
            "-pdmparams" => a.outputs.pdm_params = true,
            "-pose" => a.outputs.pose = true,
            "-aus" => a.outputs.aus = true,
            "-gaze" => a.outputs.gaze = true,
            "-hogalign" => a.outputs.hog = true,
            "-simalign" => a.outputs.aligned = true,
            "-nobadaligned" => a.no_bad_aligned = true,
            "-multi_view" if program == Program::FaceLandmarkImg => {
                let v = value("0 or 1")?;
                a.multi_view = match v.as_str() {
                    "0" => false,
                    "1" => true,
                    _ => bail!("-multi_view {v:?}: expected 0 or 1"),
                };
            }
            "-mloc" => {
                let loc = value("a model file")?;
                let path = Path::new(&loc);
                if path.file_name().and_then(|n| n.to_str()) != Some("main_clnf_general.txt") {
                    bail!("-mloc {loc}: only model/main_clnf_general.txt (CLNF) is supported here");
                }
                a.model_folder = path
                    .parent()
                    .filter(|p| p.file_name().is_some_and(|n| n == "model") && path.is_file())
                    .and_then(Path::parent)
                    .map(Path::to_path_buf);
            }
            "-fx" | "-fy" | "-cx" | "-cy" => {
                let v = value("a number of pixels")?;
                let n: f32 = v
                    .parse()
                    .ok()
                    .filter(|n: &f32| n.is_finite() && *n > 0.0)
                    .with_context(|| format!("{flag} {v:?}: expected a positive number"))?;
                match flag {
                    "-fx" => a.fx = Some(n),
                    "-fy" => a.fy = Some(n),
                    "-cx" => a.cx = Some(n),
                    _ => a.cy = Some(n),
                }
            }
            "--models" => a.models = Some(PathBuf::from(value("a folder")?)),
            "--quiet" => a.quiet = true,
            "--help" | "-help" | "-h" => a.help = true,
            "-wild" => bail!(
                "-wild is not supported (it changes CLNF's search parameters); use -multi_view 1 \
                 for the rotation hypotheses alone"
            ),
            "-tracked" => bail!("-tracked: the visualisation is not written by {help} here"),
            "-device" | "-cam_width" | "-cam_height" => {
                bail!("{flag}: webcam input is not supported; record a video and pass it with -f")
            }
            f if NO_EFFECT.contains(&f) => {}
            f if NO_EFFECT_WITH_VALUE.contains(&f) => {
                value("a value")?;
            }
            f if f.starts_with('-') => bail!(
                "unknown flag {f} (see `pyfaceau-rs {help} --help`); OpenFace would ignore it \
                 silently"
            ),
            f => bail!(
                "unexpected argument {f:?} (a flag without its dash?); see `pyfaceau-rs {help} \
                 --help`"
            ),
        }
        i += 1;
    }
    if a.fx.is_some() != a.fy.is_some() || a.cx.is_some() != a.cy.is_some() {
        bail!("-fx and -fy, and -cx and -cy, must be given together");
    }
    Ok(a)
}

impl Args {
    /// The camera for a `width × height` input: the pairs given, OpenFace's defaults for the
    /// others (`ImageCapture::SetCameraIntrinsics`, `SequenceCapture::SetCameraIntrinsics`).
    pub fn camera(&self, width: usize, height: usize) -> CameraIntrinsics {
        let default = CameraIntrinsics::openface_default(width, height);
        CameraIntrinsics {
            fx: self.fx.unwrap_or(default.fx),
            fy: self.fy.unwrap_or(default.fy),
            cx: self.cx.unwrap_or(default.cx),
            cy: self.cy.unwrap_or(default.cy),
        }
    }

    /// The output folder (`-out_dir`, default `processed`).
    pub fn out_dir(&self) -> PathBuf {
        PathBuf::from(self.out_dir.as_deref().unwrap_or("processed"))
    }
}

/// `RecorderOpenFace`'s `Input full path`: the input as given when absolute, else its
/// canonical path.
pub fn full_path(input: &Path) -> anyhow::Result<PathBuf> {
    if input.is_absolute() {
        Ok(input.to_path_buf())
    } else {
        std::fs::canonicalize(input).with_context(|| format!("{}: cannot open", input.display()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn openface_flags_parse() {
        let a = parse(
            Program::FaceLandmarkImg,
            &args(&[
                "-fdir",
                "a",
                "-fdir",
                "b",
                "-f",
                "x.png",
                "-aus",
                "-multi_view",
                "1",
                "-verbose",
            ]),
        )
        .unwrap();
        assert_eq!(a.dir.as_deref(), Some("a"));
        assert_eq!(a.files, vec!["x.png".to_string()]);
        assert!(a.multi_view && a.outputs.aus && !a.outputs.gaze);
        assert!(parse(Program::FaceLandmarkVidMulti, &args(&["-fdir", "a"])).is_err());
        for bad in [
            &["-f", "a.png", "-AUs"][..],
            &["-f", "a.png", "out_dir"],
            &["-f", "a.png", "-wild"],
            &["-f", "a.png", "-fx", "500"],
            &["-f"],
        ] {
            assert!(
                parse(Program::FaceLandmarkImg, &args(bad)).is_err(),
                "{bad:?}"
            );
        }
    }
}
