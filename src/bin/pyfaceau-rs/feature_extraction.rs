//! `pyfaceau-rs FeatureExtraction ARGS…` (or the binary run through a link named
//! `FeatureExtraction`): OpenFace 2.2's `FeatureExtraction` command line, writing what it
//! writes into `-out_dir` (`RecorderOpenFace`): `NAME.csv`, `NAME_of_details.txt`, and with
//! their flags `NAME.hog` and `NAME_aligned/`.
//!
//! On purpose unlike OpenFace: an unknown flag or a stray argument is an error before any work
//! (OpenFace ignores it silently); an input that does not exist or cannot be decoded is a
//! one-line error, the other inputs are still processed, and the exit status is non-zero at the
//! end (OpenFace exits 0 and, for a missing `-f`, skips the inputs after it).

use crate::openface_flags::{model_folder, other_word, OutputFlags, SharedFlags, Words};
use anyhow::{bail, Context};
use pyfaceau::io::model_store::ModelStore;
use pyfaceau::io::output::{CsvFormat, CsvSeparator, OfDetails};
use pyfaceau::io::video::VideoReader;
use pyfaceau::landmarks::front_end::{FrontEnd, LandmarkModel};
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
    sim_size: Option<usize>,
    sim_scale: Option<f64>,
    no_mask: bool,
    grayscale: bool,
    aligned_format: AlignedFaceFormat,
    model_location: Option<String>,
    au_static: bool,
    threads: Option<usize>,
    /// Outputs, camera, `-nobadaligned`, `--models`, `--quiet`, help.
    shared: SharedFlags,
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
    let mut words = Words::new(argv);
    while let Some(flag) = words.next_flag() {
        if a.shared.take(flag, &mut words)? {
            continue;
        }
        match flag {
            "-f" => a.inputs.push(Input::File(words.input(flag, "a file")?)),
            "-fdir" => a.inputs.push(Input::Dir(words.input(flag, "a folder")?)),
            "-out_dir" => a.out_dir = Some(words.value(flag, "a folder")?),
            "-of" => {
                let name = words.value(flag, "a name")?;
                a.output_name.get_or_insert(name);
            }
            "-tracked" => a.shared.outputs.tracked = true,
            "-simsize" => {
                a.sim_size = Some(words.parsed(
                    flag,
                    "a size in pixels",
                    |s| (1..=4096).contains(s),
                    "1 to 4096 pixels",
                )?)
            }
            "-simscale" => {
                a.sim_scale = Some(words.parsed(
                    flag,
                    "a scale",
                    |s: &f64| s.is_finite() && *s > 0.0,
                    "a positive number",
                )?)
            }
            "-nomask" => a.no_mask = true,
            "-g" => a.grayscale = true,
            "-format_aligned" => {
                let v = words.value(flag, "bmp, png or jpg")?;
                a.aligned_format = v
                    .parse()
                    .map_err(|e| anyhow::anyhow!("-format_aligned: {e}"))?;
            }
            "-mloc" => a.model_location = Some(words.value(flag, "a model file")?),
            "-au_static" => a.au_static = true,
            "--threads" => {
                a.threads = Some(words.parsed(
                    flag,
                    "a thread count",
                    |&n: &usize| n > 0,
                    "a positive count",
                )?)
            }
            other => other_word(
                other,
                &mut words,
                "FeatureExtraction",
                &NO_EFFECT,
                &NO_EFFECT_WITH_VALUE,
            )?,
        }
    }
    a.shared.check()?;
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
        Ok((model, model_folder(path)))
    }
}

/// Runs `FeatureExtraction` with OpenFace's arguments (without the program name).
pub fn run(argv: &[String]) -> anyhow::Result<ExitCode> {
    let args = parse(argv)?;
    if args.shared.help || argv.is_empty() {
        print!("{HELP}");
        return Ok(ExitCode::SUCCESS);
    }
    let outputs = args.shared.outputs.resolved();
    if args.inputs.is_empty() {
        bail!("no input: give -f VIDEO or -fdir FOLDER");
    }
    let (landmark_model, model_folder) = args.landmark_model()?;
    let store = ModelStore::resolve(args.shared.models.as_deref().or(model_folder.as_deref()))?;
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
                if !args.shared.quiet {
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
        let camera = if a.shared.fx.is_some() || a.shared.cx.is_some() {
            let (width, height) = VideoReader::open(input_path)?.size();
            Some(a.shared.camera(width, height))
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
                failed_frames: !a.shared.no_bad_aligned,
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
    use pyfaceau::io::output::CsvColumns;

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
        assert!(a.shared.outputs.aus && a.shared.outputs.pose && !a.shared.outputs.gaze);
        assert_eq!(a.sim_size, Some(224));
        assert!(a.no_mask);
    }

    #[test]
    fn no_output_flag_means_everything() {
        let a = parse(&args(&["-f", "a.avi"])).unwrap();
        assert_eq!(a.shared.outputs.resolved().columns(), CsvColumns::ALL);
        assert!(a.shared.outputs.resolved().hog && a.shared.outputs.resolved().aligned);
        let only_hog = parse(&args(&["-f", "a.avi", "-hogalign"])).unwrap();
        assert_eq!(
            only_hog.shared.outputs.resolved().columns(),
            CsvColumns::NONE
        );
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
