//! `pyfaceau-rs FeatureExtraction ARGS…` (or the binary run through a link named
//! `FeatureExtraction`): OpenFace 2.2's `FeatureExtraction` command line, writing what it
//! writes into `-out_dir` (`RecorderOpenFace`): `NAME.csv`, `NAME_of_details.txt`, and with
//! their flags `NAME.hog` and `NAME_aligned/`.
//!
//! On purpose unlike OpenFace: an unknown flag or a stray argument is an error before any work
//! (OpenFace ignores it silently); an input that does not exist or cannot be decoded is a
//! one-line error, the other inputs are still processed, and the exit status is non-zero at the
//! end (OpenFace exits 0 and, for a missing `-f`, skips the inputs after it).

use anyhow::{bail, Context};
use pyfaceau::io::model_store::ModelStore;
use pyfaceau::io::output::{CsvColumns, CsvFormat, CsvSeparator, OfDetails};
use pyfaceau::io::video::VideoReader;
use pyfaceau::landmarks::front_end::{FrontEnd, LandmarkModel};
use pyfaceau::model::pose::CameraIntrinsics;
use pyfaceau::pipeline::{
    extract_video, AlignedFaceFormat, AlignedFacesOutput, BackEnd, ExtractOptions,
};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// What `--help` prints.
pub const HELP: &str = "\
pyfaceau-rs FeatureExtraction: OpenFace 2.2's FeatureExtraction command line.

Usage: pyfaceau-rs FeatureExtraction -f VIDEO [-f VIDEO ...] [-fdir DIR] [-out_dir DIR] [FLAGS]
   or: FeatureExtraction ... (the binary run through a link of that name)

Inputs (processed one after another, each with a fresh tracker and calibration):
  -f FILE            a video file (repeatable)
  -fdir DIR          a folder of images, one sequence (repeatable)
  -inroot DIR, -root DIR
                     prefix for the -f and -fdir paths

Outputs (into -out_dir, default `processed`; NAME is the input's file or folder name):
  -out_dir DIR       output folder (created)
  -of NAME           name the first input's outputs NAME (may include a subfolder)
  -2Dfp -3Dfp -pdmparams -pose -aus -gaze
                     the CSV column groups; NAME.csv always has frame, face_id, timestamp,
                     confidence, success
  -hogalign          NAME.hog (FHOG of the 112x112 AU alignment)
  -simalign          NAME_aligned/frame_det_00_NNNNNN.bmp
  -tracked           NAME.avi, the visualisation video (landmarks, head-pose box, gaze;
                     MPEG-4 DIVX at the input's frame rate; drawn like OpenFace's, not pixel
                     for pixel)
  With none of these nine flags, everything is written (OpenFace's default).
  NAME_of_details.txt is always written.

Aligned faces:
  -simsize N         size in pixels (112); -simscale S scale (0.7, or N*0.7/112)
  -nomask            no face mask;  -g  grey;  -nobadaligned  successful frames only
  -format_aligned F  bmp (default), png or jpg

Models and camera:
  -mloc FILE         model/main_clnf_general.txt (CLNF) or model/main_ceclm_general.txt
                     (CE-CLM); a path inside an OpenFace model folder also uses that folder
  -au_static         static AU models
  -fx F -fy F -cx C -cy C
                     camera intrinsics in pixels (defaults from the frame size)

Accepted without effect: -verbose, -vis-track, -vis-hog, -vis-align, -vis-aus, -vis-all,
-outroot DIR, -oc CODEC, -format_vis_image F.

pyfaceau-rs additions: --models DIR (else $PYFACEAU_MODELS or the per-user data folder),
--threads N (default: the CPUs this process may use, at most $SLURM_CPUS_PER_TASK), --quiet.

Differences from OpenFace, on purpose:
  * an unknown flag or stray argument (e.g. `out_dir` without its dash) is an error, exit 2,
    before any work; OpenFace ignores it;
  * a missing or undecodable input is a one-line error; the other inputs are still processed
    and the exit status is 1 at the end (3 when an input was damaged but written); OpenFace
    exits 0, and stops at the first -f it cannot open;
  * -fx/-fy and -cx/-cy come in pairs.
";

/// Flags that select outputs (`RecorderOpenFaceParameters`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct OutputFlags {
    landmarks_2d: bool,
    landmarks_3d: bool,
    pdm_params: bool,
    pose: bool,
    aus: bool,
    gaze: bool,
    hog: bool,
    aligned: bool,
    tracked: bool,
}

impl OutputFlags {
    /// With no output flag, everything (OpenFace's `output_set == false`).
    fn resolved(self) -> Self {
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

    fn columns(self) -> CsvColumns {
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

/// One input, in command-line order (`SequenceCapture::Open` takes the first `-f` or `-fdir`
/// left each time).
#[derive(Clone, Debug, PartialEq)]
enum Input {
    File(String),
    Dir(String),
}

impl Input {
    fn path(&self) -> &str {
        match self {
            Input::File(p) | Input::Dir(p) => p,
        }
    }
}

/// The parsed command line.
#[derive(Clone, Debug, Default, PartialEq)]
struct Args {
    inputs: Vec<Input>,
    out_dir: Option<String>,
    output_name: Option<String>,
    outputs: OutputFlags,
    sim_size: Option<usize>,
    sim_scale: Option<f64>,
    no_mask: bool,
    grayscale: bool,
    no_bad_aligned: bool,
    aligned_format: AlignedFaceFormat,
    model_location: Option<String>,
    au_static: bool,
    fx: Option<f32>,
    fy: Option<f32>,
    cx: Option<f32>,
    cy: Option<f32>,
    models: Option<PathBuf>,
    threads: Option<usize>,
    quiet: bool,
    help: bool,
}

/// Flags OpenFace's programs accept that change nothing in FeatureExtraction's output.
const NO_EFFECT: [&str; 6] = [
    "-verbose",
    "-vis-track",
    "-vis-hog",
    "-vis-align",
    "-vis-aus",
    "-vis-all",
];
/// The same, with a value.
const NO_EFFECT_WITH_VALUE: [&str; 3] = ["-outroot", "-oc", "-format_vis_image"];

fn parse(argv: &[String]) -> anyhow::Result<Args> {
    let mut a = Args::default();
    let mut root = String::new();
    // `-root`/`-inroot` apply to every input whatever their position, as in OpenFace.
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
            "-f" => a
                .inputs
                .push(Input::File(format!("{root}{}", value("a file")?))),
            "-fdir" => a
                .inputs
                .push(Input::Dir(format!("{root}{}", value("a folder")?))),
            "-root" | "-inroot" => {
                value("a folder")?;
            }
            "-out_dir" => a.out_dir = Some(value("a folder")?),
            "-of" => {
                let name = value("a name")?;
                a.output_name.get_or_insert(name);
            }
            "-2Dfp" => a.outputs.landmarks_2d = true,
            "-3Dfp" => a.outputs.landmarks_3d = true,
            "-pdmparams" => a.outputs.pdm_params = true,
            "-pose" => a.outputs.pose = true,
            "-aus" => a.outputs.aus = true,
            "-gaze" => a.outputs.gaze = true,
            "-hogalign" => a.outputs.hog = true,
            "-simalign" => a.outputs.aligned = true,
            "-tracked" => a.outputs.tracked = true,
            "-simsize" => {
                let v = value("a size in pixels")?;
                let size: usize = v
                    .parse()
                    .ok()
                    .filter(|s| (1..=4096).contains(s))
                    .with_context(|| format!("-simsize {v:?}: expected 1 to 4096 pixels"))?;
                a.sim_size = Some(size);
            }
            "-simscale" => {
                let v = value("a scale")?;
                let scale: f64 = v
                    .parse()
                    .ok()
                    .filter(|s: &f64| s.is_finite() && *s > 0.0)
                    .with_context(|| format!("-simscale {v:?}: expected a positive number"))?;
                a.sim_scale = Some(scale);
            }
            "-nomask" => a.no_mask = true,
            "-g" => a.grayscale = true,
            "-nobadaligned" => a.no_bad_aligned = true,
            "-format_aligned" => {
                let v = value("bmp, png or jpg")?;
                a.aligned_format = v
                    .parse()
                    .map_err(|e| anyhow::anyhow!("-format_aligned: {e}"))?;
            }
            "-mloc" => a.model_location = Some(value("a model file")?),
            "-au_static" => a.au_static = true,
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
            "--threads" => {
                let v = value("a thread count")?;
                a.threads = Some(
                    v.parse()
                        .ok()
                        .filter(|&n: &usize| n > 0)
                        .with_context(|| format!("--threads {v:?}: expected a positive count"))?,
                );
            }
            "--quiet" => a.quiet = true,
            "--help" | "-help" | "-h" => a.help = true,
            "-device" | "-cam_width" | "-cam_height" => {
                bail!("{flag}: webcam input is not supported; record a video and pass it with -f")
            }
            f if NO_EFFECT.contains(&f) => {}
            f if NO_EFFECT_WITH_VALUE.contains(&f) => {
                value("a value")?;
            }
            f if f.starts_with('-') => bail!(
                "unknown flag {f} (see `pyfaceau-rs FeatureExtraction --help`); OpenFace would \
                 ignore it silently"
            ),
            f => bail!(
                "unexpected argument {f:?} (a flag without its dash?); see \
                 `pyfaceau-rs FeatureExtraction --help`"
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
    /// The landmark model `-mloc` names, and the model folder it points into when it is a path
    /// inside an OpenFace model folder.
    fn landmark_model(&self) -> anyhow::Result<(LandmarkModel, Option<PathBuf>)> {
        let Some(loc) = &self.model_location else {
            return Ok((LandmarkModel::Clnf, None));
        };
        let path = Path::new(loc);
        let model = match path.file_name().and_then(|n| n.to_str()) {
            Some("main_clnf_general.txt") => LandmarkModel::Clnf,
            Some("main_ceclm_general.txt") => LandmarkModel::Ceclm,
            _ => bail!(
                "-mloc {loc}: only model/main_clnf_general.txt and model/main_ceclm_general.txt \
                 are supported"
            ),
        };
        let folder = path
            .parent()
            .filter(|p| p.file_name().is_some_and(|n| n == "model") && path.is_file())
            .and_then(Path::parent)
            .map(Path::to_path_buf);
        Ok((model, folder))
    }

    /// The camera for a `width × height` input: the pairs given, OpenFace's defaults for the
    /// others (`SequenceCapture::SetCameraIntrinsics`).
    fn camera(&self, width: usize, height: usize) -> Option<CameraIntrinsics> {
        if self.fx.is_none() && self.cx.is_none() {
            return None;
        }
        let default = CameraIntrinsics::openface_default(width, height);
        Some(CameraIntrinsics {
            fx: self.fx.unwrap_or(default.fx),
            fy: self.fy.unwrap_or(default.fy),
            cx: self.cx.unwrap_or(default.cx),
            cy: self.cy.unwrap_or(default.cy),
        })
    }
}

/// Runs `FeatureExtraction` with OpenFace's arguments (without the program name).
pub fn run(argv: &[String]) -> anyhow::Result<ExitCode> {
    let args = parse(argv)?;
    if args.help || argv.is_empty() {
        print!("{HELP}");
        return Ok(ExitCode::SUCCESS);
    }
    let outputs = args.outputs.resolved();
    if args.inputs.is_empty() {
        bail!("no input: give -f VIDEO or -fdir FOLDER");
    }
    let (landmark_model, model_folder) = args.landmark_model()?;
    let store = ModelStore::resolve(args.models.as_deref().or(model_folder.as_deref()))?;
    let (backend, front_end) =
        BackEnd::load_with_front_end(&store, args.au_static, landmark_model)?;
    let threads = match args.threads {
        Some(n) => n,
        None => pyfaceau::pipeline::cpus::default_worker_threads()?,
    };
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .context("cannot start the worker threads")?;
    let out_dir = PathBuf::from(args.out_dir.as_deref().unwrap_or("processed"));

    let (mut failed, mut damaged) = (0usize, 0usize);
    for (index, input) in args.inputs.iter().enumerate() {
        // `-of` names the first input's outputs only: OpenFace consumes it there.
        let name = if index == 0 {
            args.output_name.as_deref()
        } else {
            None
        };
        let job = Job {
            args: &args,
            outputs,
            input,
            output_name: name,
            out_dir: &out_dir,
        };
        match pool.install(|| job.run(&backend, &front_end)) {
            Ok(summary) => {
                if let Some(damage) = &summary.damage {
                    damaged += 1;
                    eprintln!("warning: {damage}");
                }
                if !args.quiet {
                    eprintln!(
                        "{}: {} frames ({} with a face) -> {}",
                        input.path(),
                        summary.frames,
                        summary.successful_frames,
                        summary.output.display()
                    );
                }
            }
            Err(e) => crate::input_failed(&e, &mut failed)?,
        }
    }
    Ok(crate::inputs_exit_status(failed, damaged))
}

/// One input's run.
struct Job<'a> {
    args: &'a Args,
    outputs: OutputFlags,
    input: &'a Input,
    output_name: Option<&'a str>,
    out_dir: &'a Path,
}

impl Job<'_> {
    fn run(
        &self,
        backend: &BackEnd,
        front_end: &FrontEnd,
    ) -> anyhow::Result<pyfaceau::pipeline::ExtractSummary> {
        let input_path = Path::new(self.input.path());
        let full_path = std::fs::canonicalize(input_path)
            .with_context(|| format!("{}: cannot open the input", input_path.display()))?;
        match self.input {
            Input::File(_) if full_path.is_dir() => {
                bail!("{}: a folder; pass it with -fdir", input_path.display())
            }
            Input::Dir(_) if !full_path.is_dir() => {
                bail!(
                    "{}: not a folder; pass a video with -f",
                    input_path.display()
                )
            }
            _ => {}
        }
        // `RecorderOpenFace`: NAME is the folder's name or the file's stem; `-of` replaces it
        // and may add subfolders under `-out_dir`.
        let (record_root, name) = match self.output_name {
            Some(of) => {
                let of = Path::new(of);
                let stem = of.file_stem().unwrap_or(of.as_os_str());
                let root = match of.parent() {
                    Some(p) if !p.as_os_str().is_empty() => self.out_dir.join(p),
                    _ => self.out_dir.to_path_buf(),
                };
                (root, stem.to_string_lossy().into_owned())
            }
            None => {
                let name = match self.input {
                    Input::Dir(_) => full_path.file_name(),
                    Input::File(_) => input_path.file_stem(),
                };
                let name = name.with_context(|| format!("{}: no name", input_path.display()))?;
                (
                    self.out_dir.to_path_buf(),
                    name.to_string_lossy().into_owned(),
                )
            }
        };
        std::fs::create_dir_all(&record_root).with_context(|| {
            format!("cannot create the output folder {}", record_root.display())
        })?;
        let csv_name = format!("{name}.csv");
        let hog_name = format!("{name}.hog");
        let aligned_name = format!("{name}_aligned");
        let video_name = format!("{name}.avi");
        let a = self.args;
        let sim_size = a.sim_size.unwrap_or(112);
        let camera = if a.fx.is_some() || a.cx.is_some() {
            let (width, height) = VideoReader::open(input_path)?.size();
            a.camera(width, height)
        } else {
            None
        };
        let options = ExtractOptions {
            camera,
            chunk_frames: ExtractOptions::chunk_for_threads(rayon::current_num_threads()),
            hog_output: self.outputs.hog.then(|| record_root.join(&hog_name)),
            aligned_faces: self.outputs.aligned.then(|| AlignedFacesOutput {
                size: sim_size,
                scale: a.sim_scale.unwrap_or(sim_size as f64 * (0.7 / 112.0)),
                mask: !a.no_mask,
                grayscale: a.grayscale,
                failed_frames: !a.no_bad_aligned,
                ..AlignedFacesOutput::new(record_root.join(&aligned_name), a.aligned_format)
            }),
            skip_unreadable_images: false,
            csv_format: CsvFormat {
                columns: self.outputs.columns(),
                separator: CsvSeparator::Comma,
            },
            cancel: crate::cancel_flag().clone(),
            tracked_video: self.outputs.tracked.then(|| record_root.join(&video_name)),
        };
        let csv = record_root.join(&csv_name);
        let summary = extract_video(backend, front_end, input_path, &csv, &options, |_| {})?;
        let c = summary.camera;
        OfDetails {
            input: self.input.path(),
            input_full_path: &full_path,
            camera: [c.fx, c.fy, c.cx, c.cy],
            hog: self.outputs.hog.then_some(hog_name.as_str()),
            video: self.outputs.tracked.then_some(video_name.as_str()),
            aligned_dir: self.outputs.aligned.then_some(aligned_name.as_str()),
            csv: (summary.frames > 0).then_some(csv_name.as_str()),
            columns: self.outputs.columns(),
        }
        .write(&record_root.join(format!("{name}_of_details.txt")))?;
        Ok(summary)
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
        let a = parse(&args(&[
            "-inroot", "/data", "-f", "a.avi", "-fdir", "seq", "-f", "b.avi", "-out_dir", "out",
            "-aus", "-pose", "-of", "x", "-of", "y", "-simsize", "224", "-nomask", "-verbose",
        ]))
        .unwrap();
        assert_eq!(
            a.inputs,
            vec![
                Input::File("/data/a.avi".into()),
                Input::Dir("/data/seq".into()),
                Input::File("/data/b.avi".into())
            ]
        );
        assert_eq!(a.output_name.as_deref(), Some("x"));
        assert!(a.outputs.aus && a.outputs.pose && !a.outputs.gaze);
        assert_eq!(a.sim_size, Some(224));
        assert!(a.no_mask);
    }

    #[test]
    fn no_output_flag_means_everything() {
        let a = parse(&args(&["-f", "a.avi"])).unwrap();
        assert_eq!(a.outputs.resolved().columns(), CsvColumns::ALL);
        assert!(a.outputs.resolved().hog && a.outputs.resolved().aligned);
        let only_hog = parse(&args(&["-f", "a.avi", "-hogalign"])).unwrap();
        assert_eq!(only_hog.outputs.resolved().columns(), CsvColumns::NONE);
    }

    #[test]
    fn unknown_flags_and_stray_arguments_are_errors() {
        for bad in [
            &["-f", "a.avi", "-q"][..],
            &["-f", "a.avi", "out_dir", "x"],
            &["-f", "a.avi", "-AUs"],
            &["-f"],
            &["-f", "a.avi", "-simsize", "big"],
            &["-f", "a.avi", "-fx", "500"],
        ] {
            assert!(parse(&args(bad)).is_err(), "{bad:?}");
        }
    }
}
