//! `pyfaceau-rs FaceLandmarkImg ARGS…` (or the binary run through a link named
//! `FaceLandmarkImg`): OpenFace 2.2's `FaceLandmarkImg`, every face of still images, writing
//! per image what it writes into `-out_dir`: `NAME.csv` (`face,confidence,` then the usual
//! columns, static AUs), `NAME.hog`, `NAME_aligned/face_det_NNNNNN.bmp`,
//! `NAME_of_details.txt`.
//!
//! Images are processed in order (`-f` ones when any is given, else the `-fdir` folder's). As
//! stock OpenFace 2.2, an image that cannot be read stops the run with exit status 1 after the
//! images before it were written, and a folder without images is an error (exit 1); here each
//! is one `error:` line, and a missing folder is the same error instead of OpenFace's abort.

use crate::openface_flags::OutputFlags;
use crate::openface_multi_args::{full_path, parse, Args, Program};
use anyhow::Context;
use pyfaceau::face_analyser::hog::FHOG_FEATURES;
use pyfaceau::face_analyser::static_aus::StaticAuPredictor;
use pyfaceau::io::output::{
    aligned_face_name_image, write_aligned_face_named, CsvFormat, CsvSeparator, HogFileWriter,
    LeadingColumns, OfDetails, StaticAuCsvWriter,
};
use pyfaceau::io::video::{image_files_in, read_still_image};
use pyfaceau::landmarks::front_end::FrontEnd;
use pyfaceau::pipeline::images::faces_in_image;
use pyfaceau::pipeline::BackEnd;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// What `--help` prints.
pub const HELP: &str = "\
pyfaceau-rs FaceLandmarkImg: OpenFace 2.2's FaceLandmarkImg command line (every face of still
images: landmarks, pose, gaze, static AUs).

Usage: pyfaceau-rs FaceLandmarkImg -f IMAGE [-f IMAGE ...] | -fdir DIR  [-out_dir DIR] [FLAGS]
   or: FaceLandmarkImg ... (the binary run through a link of that name)

Inputs: -f FILE (repeatable; when given, -fdir is ignored as in OpenFace), or -fdir DIR (its
.jpg .jpeg .png .bmp files, lower-case extensions, sorted by name); -inroot/-root DIR prefix.

Outputs (into -out_dir, default `processed`; NAME is the image's file stem):
  -2Dfp -3Dfp -pdmparams -pose -aus -gaze
                     NAME.csv's column groups after `face,confidence` (one row per face
                     MTCNN found, in MTCNN's order; no CSV for an image without a face)
  -hogalign          NAME.hog (one record per face, flag 1 when the validator accepted it)
  -simalign          NAME_aligned/face_det_NNNNNN.bmp (every face; -nobadaligned:
                     faces the validator accepted only)
  With none of these, all of them. NAME_of_details.txt is always written.

Models and camera:
  -mloc model/main_clnf_general.txt   (the only landmark model supported here)
  -multi_view 1      try OpenFace's 11 rotation hypotheses per face (default: frontal only)
  -fx F -fy F -cx C -cy C   camera intrinsics (defaults from each image's size)
  --models DIR       the OpenFace model folder (else $PYFACEAU_MODELS or the per-user folder)
  --quiet            no per-image summary

Differences from OpenFace, on purpose: an unknown flag or stray argument is an error (exit 2)
before any work; a missing -fdir folder is an `error:` line and exit 1 (OpenFace aborts);
-wild, -tracked and the aligned-face options other than -nobadaligned are not supported.
-au_static, -verbose and -vis-* are accepted without effect.
";

/// Runs `FaceLandmarkImg` with OpenFace's arguments (without the program name).
pub fn run(argv: &[String]) -> anyhow::Result<ExitCode> {
    let args = parse(Program::FaceLandmarkImg, argv)?;
    if args.shared.help || argv.is_empty() {
        print!("{HELP}");
        return Ok(ExitCode::SUCCESS);
    }
    let images: Vec<PathBuf> = if !args.files.is_empty() {
        args.files.iter().map(PathBuf::from).collect()
    } else if let Some(dir) = &args.dir {
        let dir = Path::new(dir);
        let found = match image_files_in(dir) {
            Ok(found) => found,
            Err(e) => return Ok(stop(&format!("{e}: cannot list the images of -fdir"))),
        };
        if found.is_empty() {
            return Ok(stop(&format!(
                "no .jpg, .jpeg, .png or .bmp images in {}",
                dir.display()
            )));
        }
        found
    } else {
        anyhow::bail!("no input: give -f IMAGE or -fdir FOLDER");
    };
    let outputs = args.shared.outputs.resolved();
    let store = args.model_store()?;
    let backend = BackEnd::load(&store, true)?;
    let front_end = FrontEnd::load(&store)?;
    let mut predictor = StaticAuPredictor::new(&backend.au_models, &backend.pdm, &backend.aligner)?;
    let out_dir = args.out_dir();
    for image_path in &images {
        if crate::cancel_flag().is_cancelled() {
            return Err(pyfaceau::Error::Interrupted.into());
        }
        let image = match read_still_image(image_path) {
            Ok(image) => image,
            Err(e) => return Ok(stop(&e.to_string())),
        };
        let job = ImageJob {
            args: &args,
            outputs,
            out_dir: &out_dir,
            input: image_path,
        };
        let faces = job.run(&front_end, &backend, &mut predictor, &image)?;
        if !args.shared.quiet {
            eprintln!("{}: {faces} face(s)", image_path.display());
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Reports the error that stops the run as OpenFace's `exit(1)` does.
fn stop(message: &str) -> ExitCode {
    eprintln!("error: {}", message.replace('\n', " "));
    ExitCode::from(1)
}

struct ImageJob<'a> {
    args: &'a Args,
    outputs: OutputFlags,
    out_dir: &'a Path,
    input: &'a Path,
}

impl ImageJob<'_> {
    /// One image's outputs; returns the number of faces.
    fn run(
        &self,
        front_end: &FrontEnd,
        backend: &BackEnd,
        predictor: &mut StaticAuPredictor,
        image: &pyfaceau::io::image::BgrImage,
    ) -> anyhow::Result<usize> {
        let name = self
            .input
            .file_stem()
            .with_context(|| format!("{}: no file name", self.input.display()))?
            .to_string_lossy()
            .into_owned();
        let camera = self.args.shared.camera(image.width(), image.height());
        let faces = faces_in_image(front_end, predictor, image, &camera, self.args.multi_view)
            .with_context(|| format!("{}", self.input.display()))?;

        std::fs::create_dir_all(self.out_dir).with_context(|| {
            format!("cannot create the output folder {}", self.out_dir.display())
        })?;
        let csv_name = format!("{name}.csv");
        let hog_name = format!("{name}.hog");
        let aligned_name = format!("{name}_aligned");
        let aligned_dir = self.out_dir.join(&aligned_name);
        if self.outputs.aligned {
            std::fs::create_dir_all(&aligned_dir)
                .with_context(|| format!("cannot create {}", aligned_dir.display()))?;
        }
        let format = CsvFormat {
            columns: self.outputs.columns(),
            separator: CsvSeparator::Comma,
        };
        let mut csv = StaticAuCsvWriter::create(
            &self.out_dir.join(&csv_name),
            backend.csv_layout().with_format(format),
            LeadingColumns::Image,
        )?;
        let mut hog = self
            .outputs
            .hog
            .then(|| HogFileWriter::create(&self.out_dir.join(&hog_name)))
            .transpose()?;
        for face in faces {
            let a = &face.analysis;
            if let Some(hog) = &mut hog {
                hog.push(
                    face.fit.success,
                    (a.hog_dims.cols, a.hog_dims.rows, FHOG_FEATURES),
                    &a.hog,
                )?;
            }
            if self.outputs.aligned && (face.fit.success || !self.args.shared.no_bad_aligned) {
                write_aligned_face_named(
                    &aligned_dir,
                    &aligned_face_name_image(face.index, "bmp"),
                    &a.aligned,
                )?;
            }
            csv.push(&face.row_prefix(), &a.aus.intensities, &a.aus.presences)?;
        }
        let rows = csv.rows();
        csv.finish()?;
        if let Some(hog) = hog {
            hog.finish()?;
        }
        let input = self.input.to_string_lossy();
        let full = full_path(self.input)?;
        OfDetails {
            input: &input,
            input_full_path: &full,
            camera: [camera.fx, camera.fy, camera.cx, camera.cy],
            hog: self.outputs.hog.then_some(hog_name.as_str()),
            video: None,
            aligned_dir: self.outputs.aligned.then_some(aligned_name.as_str()),
            csv: (rows > 0).then_some(csv_name.as_str()),
            columns: self.outputs.columns(),
        }
        .write(&self.out_dir.join(format!("{name}_of_details.txt")))?;
        Ok(rows)
    }
}
