//! Options shared by `extract` and `batch`: models, camera, threads, output verbosity.

use anyhow::Context;
use pyfaceau::io::model_store::ModelStore;
use pyfaceau::io::output::{CsvColumns, CsvFormat, CsvSeparator};
use pyfaceau::landmarks::front_end::{FrontEnd, LandmarkModel};
use pyfaceau::model::pose::CameraIntrinsics;
use pyfaceau::pipeline::{AlignedFaceFormat, BackEnd};
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct RunOptions {
    /// Use OpenFace's static AU models (AU_predictors/main_static_svms.txt) instead of the dynamic,
    /// person-normalised ones.
    #[arg(long)]
    pub au_static: bool,
    /// Landmark model of the built-in front end: `clnf` (OpenFace's main_clnf_general, what
    /// every reference uses) or `ceclm` (OpenFace's default; needs the CEN patch experts, which
    /// are not part of OpenFace's repository).
    #[arg(long, default_value_t = LandmarkModel::Clnf)]
    pub landmark_model: LandmarkModel,
    /// Model directory (default: $PYFACEAU_MODELS, else the per-user data directory).
    #[arg(long)]
    pub models: Option<PathBuf>,
    /// Camera focal length x in pixels (default: OpenFace's guess from the frame size).
    #[arg(long, requires_all = ["fy", "cx", "cy"])]
    pub fx: Option<f32>,
    /// Camera focal length y in pixels.
    #[arg(long, requires_all = ["fx", "cx", "cy"])]
    pub fy: Option<f32>,
    /// Optical centre x in pixels.
    #[arg(long, requires_all = ["fx", "fy", "cy"])]
    pub cx: Option<f32>,
    /// Optical centre y in pixels.
    #[arg(long, requires_all = ["fx", "fy", "cx"])]
    pub cy: Option<f32>,
    /// Column groups to write, comma-separated, always in OpenFace's order: gaze, pose, 2d, 3d,
    /// pdm, aus (default: all, OpenFace's 714 columns; the five leading columns are always
    /// written). As FeatureExtraction's -gaze -pose -2Dfp -3Dfp -pdmparams -aus.
    #[arg(long, value_name = "GROUPS", value_parser = parse_columns)]
    pub outputs: Option<CsvColumns>,
    /// Separate the CSV's fields with ", " as OpenFace's Windows builds do (header names such
    /// as " AU45_r").
    #[arg(long)]
    pub windows_csv: bool,
    /// Worker threads (default: the CPUs this process may use, i.e. its affinity mask and CPU
    /// quota, at most $SLURM_CPUS_PER_TASK when set); video decoding runs on one more thread of
    /// its own.
    #[arg(long)]
    pub threads: Option<usize>,
    /// No progress bar and no summary line.
    #[arg(short, long)]
    pub quiet: bool,
}

impl RunOptions {
    /// The model directory, checked to exist.
    pub fn store(&self) -> anyhow::Result<ModelStore> {
        Ok(ModelStore::resolve(self.models.as_deref())?)
    }

    /// The AU back end's models.
    pub fn back_end(&self, store: &ModelStore) -> anyhow::Result<BackEnd> {
        Ok(BackEnd::load(store, self.au_static)?)
    }

    /// The AU back end's models and the detector, landmark and validator models, read side
    /// by side.
    pub fn models(&self, store: &ModelStore) -> anyhow::Result<(BackEnd, FrontEnd)> {
        Ok(BackEnd::load_with_front_end(
            store,
            self.au_static,
            self.landmark_model,
        )?)
    }

    /// The camera given on the command line, if any.
    pub fn camera(&self) -> Option<CameraIntrinsics> {
        match (self.fx, self.fy, self.cx, self.cy) {
            (Some(fx), Some(fy), Some(cx), Some(cy)) => Some(CameraIntrinsics { fx, fy, cx, cy }),
            _ => None,
        }
    }

    /// Worker threads: the option, else the CPUs this process may use
    /// ([`pyfaceau::pipeline::cpus::default_worker_threads`]).
    pub fn thread_count(&self) -> anyhow::Result<usize> {
        Ok(match self.threads {
            Some(n) => n.max(1),
            None => pyfaceau::pipeline::cpus::default_worker_threads()?,
        })
    }

    /// The CSV's column groups and separator.
    pub fn csv_format(&self) -> CsvFormat {
        CsvFormat {
            columns: self.outputs.unwrap_or(CsvColumns::ALL),
            separator: if self.windows_csv {
                CsvSeparator::CommaSpace
            } else {
                CsvSeparator::Comma
            },
        }
    }

    /// The rayon pool the work runs in.
    pub fn pool(&self) -> anyhow::Result<rayon::ThreadPool> {
        rayon::ThreadPoolBuilder::new()
            .num_threads(self.thread_count()?)
            .build()
            .context("cannot start the worker threads")
    }
}

/// `--outputs`: a list of column groups.
fn parse_columns(list: &str) -> Result<CsvColumns, String> {
    CsvColumns::parse_list(list).map_err(|e| e.to_string())
}

/// `--aligned-format`: bmp, png or jpg, listed in `--help`.
pub fn aligned_format_parser() -> impl clap::builder::TypedValueParser<Value = AlignedFaceFormat> {
    use clap::builder::TypedValueParser as _;
    clap::builder::PossibleValuesParser::new(["bmp", "png", "jpg"])
        .map(|s| s.parse().expect("one of the listed formats"))
}
