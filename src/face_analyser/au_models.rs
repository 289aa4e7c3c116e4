//! Action Unit regressors and classifiers: OpenFace 2.2's `FaceAnalyser::Read` / `ReadAU` /
//! `ReadRegressor` and its four linear model classes (`SVR_static_lin_regressors`,
//! `SVR_dynamic_lin_regressors`, `SVM_static_lin`, `SVM_dynamic_lin`).
//!
//! A model list (`AU_predictors/main_dynamic_svms.txt` or `main_static_svms.txt`) names an AU
//! list (`AU_all_best.txt` / `AU_all_static.txt`), whose lines name one binary `.dat` model and
//! the AU it predicts. Each `.dat` file starts with an int32 marker (0 static SVR, 1 dynamic
//! SVR, 4 static SVM, 5 dynamic SVM); then, all little-endian:
//!
//! | marker | layout |
//! |---|---|
//! | 1 only | f64 cutoff (person calibration quantile, −1 = none) |
//! | all | means: `ReadMatBin` (int32 rows, int32 cols, int32 OpenCV type, rows·cols values) |
//! | all | weights: `ReadMatBin`, a column (features × 1) |
//! | all | f64 bias |
//! | 4, 5 | f64 class returned when the score is > 0, f64 class returned otherwise |
//!
//! A prediction is `(x − means [− running median]) · weights + bias` in double, where `x` is the
//! HOG descriptor followed by the geometric descriptor, or the HOG alone when the means have HOG
//! length (OpenFace's `fhog.cols == means.cols` test). Models of one class share one means
//! vector: OpenFace keeps the first file's means and ignores later ones; so do we.
//!
//! Outputs are ordered by AU name (intensities, then presences), as OpenFace's CSV has them.

use crate::error::{Error, Result};
use crate::io::model_file::{
    model_list_entries, read_model_bytes, read_model_list, BinaryModelReader,
};
use crate::numeric::opencv::gemm_row_f64;
use ndarray::parallel::prelude::*;
use ndarray::{Array2, ArrayView2};
use std::path::{Path, PathBuf};

/// OpenCV's type code for a one-channel double matrix (`CV_64FC1`).
const CV_64FC1: i32 = 6;

/// Which of OpenFace's four linear model classes a `.dat` file holds (its leading int32 marker,
/// `FaceAnalyser::RegressorType`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ModelKind {
    /// `SVR_appearance_static_linear` (0): intensity, no person normalisation.
    SvrStatic,
    /// `SVR_appearance_dynamic_linear` (1): intensity, running median subtracted, with a cutoff.
    SvrDynamic,
    /// `SVM_linear_stat` (4): presence, no person normalisation.
    SvmStatic,
    /// `SVM_linear_dyn` (5): presence, running median subtracted.
    SvmDynamic,
}

impl ModelKind {
    /// All kinds in OpenFace's prediction order (static before dynamic; regressors, classifiers).
    pub const ALL: [ModelKind; 4] = [
        ModelKind::SvrStatic,
        ModelKind::SvrDynamic,
        ModelKind::SvmStatic,
        ModelKind::SvmDynamic,
    ];

    /// The int32 marker at the start of the model file.
    pub fn marker(self) -> i32 {
        match self {
            ModelKind::SvrStatic => 0,
            ModelKind::SvrDynamic => 1,
            ModelKind::SvmStatic => 4,
            ModelKind::SvmDynamic => 5,
        }
    }

    /// The kind for a marker, `None` for markers OpenFace 2.2 does not read (2, 3, 6, 7, …).
    pub fn from_marker(marker: i32) -> Option<Self> {
        ModelKind::ALL.into_iter().find(|k| k.marker() == marker)
    }

    /// Dynamic models subtract the person's running median from the features.
    pub fn is_dynamic(self) -> bool {
        matches!(self, ModelKind::SvrDynamic | ModelKind::SvmDynamic)
    }

    /// Classifiers (SVMs) give presences, regressors (SVRs) intensities.
    pub fn is_classifier(self) -> bool {
        matches!(self, ModelKind::SvmStatic | ModelKind::SvmDynamic)
    }

    fn index(self) -> usize {
        match self {
            ModelKind::SvrStatic => 0,
            ModelKind::SvrDynamic => 1,
            ModelKind::SvmStatic => 2,
            ModelKind::SvmDynamic => 3,
        }
    }
}

/// One AU model as read from its `.dat` file (the weights live in [`AuModels`]).
#[derive(Clone, Debug, PartialEq)]
pub struct AuModelInfo {
    /// AU name from the list file, e.g. `AU01`.
    pub name: String,
    /// Model class.
    pub kind: ModelKind,
    /// The `.dat` file it came from.
    pub file: PathBuf,
    /// Dynamic SVRs only: the quantile of the video's own predictions subtracted offline
    /// (`ExtractAllPredictionsOfflineReg`); `None` for other kinds and for a stored −1.
    pub cutoff: Option<f64>,
    /// The bias added to the score.
    pub bias: f64,
    /// Classifiers only: the presence reported when the score is > 0 (1 or 0 in the shipped
    /// files — some classifiers are stored inverted).
    pub pos_class: f64,
    /// Classifiers only: the presence reported otherwise.
    pub neg_class: f64,
}

/// The models of one class, sharing one means vector (one of OpenFace's four model objects).
#[derive(Clone, Debug)]
struct ModelGroup {
    kind: ModelKind,
    /// Means of the first file of this class.
    means: Vec<f64>,
    biases: Vec<f64>,
    /// `means.len() × models` support vectors, row-major (OpenFace's `support_vectors`
    /// matrix: one column per model of the group).
    support_vectors: Vec<f64>,
    /// First column of this group in [`AuModels::models`] order.
    first: usize,
}

impl ModelGroup {
    fn len(&self) -> usize {
        self.biases.len()
    }
}

/// Per-frame AU outputs, ordered by AU name as in OpenFace's CSV.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AuPrediction {
    /// One raw SVR score per intensity AU (unclipped).
    pub intensities: Vec<f64>,
    /// One class value (`pos_class` when the score is > 0, else `neg_class`) per presence AU.
    pub presences: Vec<f64>,
}

/// Predictions for many frames, one row per frame, columns ordered by AU name.
#[derive(Clone, Debug, PartialEq)]
pub struct AuPredictionBatch {
    /// `frames × intensity AUs`, raw SVR scores.
    pub intensities: Array2<f64>,
    /// `frames × presence AUs`, class values.
    pub presences: Array2<f64>,
}

/// All AU models of one OpenFace model list: OpenFace's `FaceAnalyser` model members after
/// `FaceAnalyser::Read`.
#[derive(Clone, Debug)]
pub struct AuModels {
    /// Every model, grouped by kind in [`ModelKind::ALL`] order, list order within a kind
    /// (OpenFace's concatenation order in `PredictCurrentAUs` / `PredictCurrentAUsClass`).
    models: Vec<AuModelInfo>,
    /// Non-empty groups in [`ModelKind::ALL`] order.
    groups: Vec<ModelGroup>,
    /// Indices into `models` of the regressors, sorted by name.
    intensity_order: Vec<usize>,
    /// Indices into `models` of the classifiers, sorted by name.
    presence_order: Vec<usize>,
    intensity_names: Vec<String>,
    presence_names: Vec<String>,
    /// Longest means vector: the length of the feature rows [`AuModels::predict_batch`] takes.
    input_len: usize,
    /// The PDM named by the model list (`PDM` line), if any.
    pub pdm_path: Option<PathBuf>,
    /// The triangulation named by the model list (`Triangulation` line), if any.
    pub triangulation_path: Option<PathBuf>,
}

fn format_err(path: &Path, detail: impl Into<String>) -> Error {
    Error::ModelFormat {
        path: path.to_path_buf(),
        detail: detail.into(),
    }
}

/// `ReadMatBin` of a double matrix (the only type the AU models use): rows, cols, values.
fn read_f64_matrix(r: &mut BinaryModelReader, what: &str) -> Result<(usize, usize, Vec<f64>)> {
    let m = r.matrix()?;
    if m.cv_type != CV_64FC1 {
        return Err(r.format_error(format!(
            "{what}: OpenCV type {}, expected {CV_64FC1} (CV_64FC1)",
            m.cv_type
        )));
    }
    Ok((m.rows, m.cols, m.data))
}

/// The models of one kind while a list is read: infos, weight columns, and the means of the
/// first file of that kind.
type KindSlot = (Vec<AuModelInfo>, Vec<Vec<f64>>, Option<Vec<f64>>);

/// One `.dat` file, parsed.
struct RawModel {
    kind: ModelKind,
    cutoff: Option<f64>,
    means: Vec<f64>,
    weights: Vec<f64>,
    bias: f64,
    pos_class: f64,
    neg_class: f64,
}

/// Parses one binary AU model (`FaceAnalyser::ReadRegressor` and the class's `Read`).
fn read_model_file(path: &Path) -> Result<RawModel> {
    let bytes = read_model_bytes(path)?;
    let mut r = BinaryModelReader::new(path, &bytes);
    let marker = r.i32()?;
    let kind = ModelKind::from_marker(marker).ok_or_else(|| {
        format_err(
            path,
            format!("model type marker {marker} (OpenFace 2.2 reads only 0, 1, 4 and 5)"),
        )
    })?;
    let cutoff = if kind == ModelKind::SvrDynamic {
        let c = r.f64()?;
        (c != -1.0).then_some(c)
    } else {
        None
    };
    let (mr, mc, means) = read_f64_matrix(&mut r, "means")?;
    if mr != 1 || mc == 0 {
        return Err(format_err(
            path,
            format!("means are {mr}x{mc}, expected a row vector"),
        ));
    }
    let (wr, wc, weights) = read_f64_matrix(&mut r, "support vectors")?;
    if wr != mc || wc != 1 {
        return Err(format_err(
            path,
            format!("support vectors are {wr}x{wc}, expected {mc}x1"),
        ));
    }
    let bias = r.f64()?;
    let (pos_class, neg_class) = if kind.is_classifier() {
        (r.f64()?, r.f64()?)
    } else {
        (0.0, 0.0)
    };
    r.finish()?;
    Ok(RawModel {
        kind,
        cutoff,
        means,
        weights,
        bias,
        pos_class,
        neg_class,
    })
}

/// Lines of a text list as OpenFace's `getline` loop sees them (`\r` stripped, blank lines
/// skipped).
fn list_lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .map(|l| l.trim_end_matches('\r'))
        .filter(|l| !l.trim().is_empty())
}

impl AuModels {
    /// The means of the first model group (HOG then geometry, or HOG alone): the training
    /// population's average feature row, which every prediction subtracts.
    pub fn feature_means(&self) -> Option<&[f64]> {
        self.groups.first().map(|g| g.means.as_slice())
    }

    /// Reads a main model list (`AU_predictors/main_dynamic_svms.txt` or
    /// `main_static_svms.txt`; OpenFace's `FaceAnalyser::Read`): its `AUPredictor` line is read
    /// with [`AuModels::read_au_list`]; the `PDM` and `Triangulation` paths are recorded.
    /// Paths are relative to the list's directory.
    ///
    /// # Errors
    /// [`Error::ModelMissing`] for an absent file, [`Error::ModelFormat`] (naming the file) for
    /// a malformed list or model, or a list without an `AUPredictor` line.
    pub fn read(main_list: &Path) -> Result<Self> {
        let text = read_model_list(main_list)?;
        let mut au_list = None;
        let mut pdm_path = None;
        let mut triangulation_path = None;
        for (module, location, _) in model_list_entries(main_list, &text) {
            match module {
                "AUPredictor" => au_list = Some(location),
                "PDM" => pdm_path = Some(location),
                "Triangulation" => triangulation_path = Some(location),
                _ => {}
            }
        }
        let au_list =
            au_list.ok_or_else(|| format_err(main_list, "no `AUPredictor` line in the list"))?;
        let mut models = Self::read_au_list(&au_list)?;
        models.pdm_path = pdm_path;
        models.triangulation_path = triangulation_path;
        Ok(models)
    }

    /// Reads an AU list (`AU_all_best.txt`, `AU_all_static.txt`; OpenFace's `ReadAU`): each
    /// line is a `.dat` path relative to the list's directory, a space, and the AU name.
    ///
    /// Deliberate differences from OpenFace, which silently skips these: a missing `.dat` file
    /// is [`Error::ModelMissing`]; an unknown model marker, a line naming more than one AU for
    /// a one-column model, a means vector whose length differs from its class's first one,
    /// and trailing bytes are [`Error::ModelFormat`]; so is an AU name used twice by models of
    /// the same output (OpenFace would merge their histories).
    ///
    /// # Errors
    /// As above; every error names the offending file.
    pub fn read_au_list(au_list: &Path) -> Result<Self> {
        let text = read_model_list(au_list)?;
        let root = au_list.parent().unwrap_or(Path::new(""));

        let mut per_kind: [KindSlot; 4] = Default::default();
        for line in list_lines(&text) {
            let location = line.split_whitespace().next().unwrap_or_default();
            // Names: everything after the first space, trailing whitespace removed,
            // comma-separated (ReadAU).
            let names: Vec<String> = match line.find(' ') {
                Some(i) => line[i + 1..]
                    .trim_end_matches([' ', '\n', '\r', '\t'])
                    .split(',')
                    .map(str::to_string)
                    .collect(),
                None => Vec::new(),
            };
            let file = root.join(location);
            if names.len() != 1 || names[0].is_empty() {
                return Err(format_err(
                    au_list,
                    format!(
                        "line `{line}`: expected one AU name after the model path, found {}",
                        names.len()
                    ),
                ));
            }
            let raw = read_model_file(&file)?;
            let slot = &mut per_kind[raw.kind.index()];
            match &slot.2 {
                None => slot.2 = Some(raw.means),
                Some(first) if first.len() != raw.means.len() => {
                    return Err(format_err(
                        &file,
                        format!(
                            "means have {} values, the first {:?} model's {}",
                            raw.means.len(),
                            raw.kind,
                            first.len()
                        ),
                    ));
                }
                Some(_) => {}
            }
            slot.0.push(AuModelInfo {
                name: names[0].clone(),
                kind: raw.kind,
                file,
                cutoff: raw.cutoff,
                bias: raw.bias,
                pos_class: raw.pos_class,
                neg_class: raw.neg_class,
            });
            slot.1.push(raw.weights);
        }

        let mut models = Vec::new();
        let mut groups = Vec::new();
        for (infos, columns, means) in per_kind {
            let Some(means) = means else { continue };
            let mut support_vectors = vec![0.0; means.len() * columns.len()];
            for (j, col) in columns.iter().enumerate() {
                for (k, &w) in col.iter().enumerate().take(means.len()) {
                    support_vectors[k * columns.len() + j] = w;
                }
            }
            groups.push(ModelGroup {
                kind: infos[0].kind,
                means,
                biases: infos.iter().map(|i| i.bias).collect(),
                support_vectors,
                first: models.len(),
            });
            models.extend(infos);
        }
        if models.is_empty() {
            return Err(format_err(au_list, "the list names no models"));
        }

        let sorted = |classifier: bool| -> Result<(Vec<usize>, Vec<String>)> {
            let mut idx: Vec<usize> = (0..models.len())
                .filter(|&i| models[i].kind.is_classifier() == classifier)
                .collect();
            idx.sort_by(|&a, &b| models[a].name.cmp(&models[b].name));
            for w in idx.windows(2) {
                if models[w[0]].name == models[w[1]].name {
                    return Err(format_err(
                        au_list,
                        format!(
                            "AU {} has two {} models",
                            models[w[0]].name,
                            if classifier { "presence" } else { "intensity" }
                        ),
                    ));
                }
            }
            let names = idx.iter().map(|&i| models[i].name.clone()).collect();
            Ok((idx, names))
        };
        let (intensity_order, intensity_names) = sorted(false)?;
        let (presence_order, presence_names) = sorted(true)?;

        let input_len = groups.iter().map(|g| g.means.len()).max().unwrap_or(0);

        Ok(AuModels {
            models,
            groups,
            intensity_order,
            presence_order,
            intensity_names,
            presence_names,
            input_len,
            pdm_path: None,
            triangulation_path: None,
        })
    }

    /// Every model, grouped by kind in [`ModelKind::ALL`] order, list order within a kind.
    pub fn models(&self) -> &[AuModelInfo] {
        &self.models
    }

    /// Intensity AU names, sorted (the CSV's `AUxx_r` order).
    pub fn intensity_names(&self) -> &[String] {
        &self.intensity_names
    }

    /// Presence AU names, sorted (the CSV's `AUxx_c` order).
    pub fn presence_names(&self) -> &[String] {
        &self.presence_names
    }

    /// The regressors in [`AuModels::intensity_names`] order.
    pub fn intensity_models(&self) -> impl Iterator<Item = &AuModelInfo> + '_ {
        self.intensity_order.iter().map(|&i| &self.models[i])
    }

    /// The classifiers in [`AuModels::presence_names`] order.
    pub fn presence_models(&self) -> impl Iterator<Item = &AuModelInfo> + '_ {
        self.presence_order.iter().map(|&i| &self.models[i])
    }

    /// True when any model subtracts the running median (a dynamic model set).
    pub fn has_dynamic_models(&self) -> bool {
        self.models.iter().any(|m| m.kind.is_dynamic())
    }

    /// Length of the feature vector the models read: the longest means vector (HOG + geometry,
    /// 4464 + 238 = 4702 for OpenFace 2.2's models). A model whose means are shorter reads only
    /// that many leading features (OpenFace's HOG-only case).
    pub fn input_len(&self) -> usize {
        self.input_len
    }

    /// Lengths of the means vectors of the model classes present (for checking a descriptor
    /// layout: each must be the HOG length or HOG + geometry).
    pub fn means_lengths(&self) -> impl Iterator<Item = usize> + '_ {
        self.groups.iter().map(|g| g.means.len())
    }

    /// Allocates an output with the right lengths for [`AuModels::predict_frame_into`].
    pub fn new_prediction(&self) -> AuPrediction {
        AuPrediction {
            intensities: vec![0.0; self.intensity_order.len()],
            presences: vec![0.0; self.presence_order.len()],
        }
    }

    fn check_len(&self, what: &str, got: usize) -> Result<()> {
        if got != self.input_len {
            return Err(Error::Invalid(format!(
                "AU prediction: {what} has {got} values, the models read {}",
                self.input_len
            )));
        }
        Ok(())
    }

    /// Predicts one frame (OpenFace's `PredictCurrentAUs` and `PredictCurrentAUsClass`):
    /// `features` is the HOG descriptor followed by the geometric descriptor, `median` the
    /// running medians in the same layout (used by dynamic models only). Each class computes
    /// `((x − means) − median) · weights + bias` (static classes without the median) as
    /// OpenCV's `cv::gemm` sums a one-row double product (`gemm_row_f64`). `scratch` is a
    /// work buffer (grown once, reused).
    ///
    /// # Errors
    /// [`Error::Invalid`] when `features` or `median` is not [`AuModels::input_len`] long or
    /// `out` was not made by [`AuModels::new_prediction`].
    pub fn predict_frame_into(
        &self,
        features: &[f64],
        median: &[f64],
        scratch: &mut Vec<f64>,
        out: &mut AuPrediction,
    ) -> Result<()> {
        self.check_len("the feature vector", features.len())?;
        self.check_len("the median", median.len())?;
        if out.intensities.len() != self.intensity_order.len()
            || out.presences.len() != self.presence_order.len()
        {
            return Err(Error::Invalid(
                "AU prediction: output has the wrong number of AUs".into(),
            ));
        }
        // Raw scores in `models` order, then reordered by name. Small, fixed size: kept on the
        // stack for the usual model count.
        let mut scores_buf = [0.0f64; 64];
        let mut scores_vec;
        let scores: &mut [f64] = if self.models.len() <= scores_buf.len() {
            &mut scores_buf[..self.models.len()]
        } else {
            scores_vec = vec![0.0; self.models.len()]; // only for > 64 models
            &mut scores_vec
        };
        self.scores_into(features, median, scratch, scores);
        self.scores_to_outputs(scores, &mut out.intensities, &mut out.presences);
        Ok(())
    }

    /// Raw scores in `models` order: per class `((x − means) − median) · support vectors +
    /// biases`, each subtraction in double as OpenCV's matrix expression evaluates it, the
    /// product in `cv::gemm`'s order ([`gemm_row_f64`]).
    fn scores_into(
        &self,
        features: &[f64],
        median: &[f64],
        scratch: &mut Vec<f64>,
        scores: &mut [f64],
    ) {
        for g in &self.groups {
            let len = g.means.len();
            scratch.clear();
            if g.kind.is_dynamic() {
                scratch.extend(
                    features[..len]
                        .iter()
                        .zip(&g.means)
                        .zip(&median[..len])
                        .map(|((&x, &m), &med)| (x - m) - med),
                );
            } else {
                scratch.extend(features[..len].iter().zip(&g.means).map(|(&x, &m)| x - m));
            }
            gemm_row_f64(
                scratch,
                &g.support_vectors,
                &g.biases,
                &mut scores[g.first..g.first + g.len()],
            );
        }
    }

    /// [`AuModels::predict_frame_into`] with freshly allocated outputs.
    ///
    /// # Errors
    /// As [`AuModels::predict_frame_into`].
    pub fn predict_frame(&self, features: &[f64], median: &[f64]) -> Result<AuPrediction> {
        let mut out = self.new_prediction();
        let mut scratch = Vec::with_capacity(self.input_len);
        self.predict_frame_into(features, median, &mut scratch, &mut out)?;
        Ok(out)
    }

    fn scores_to_outputs(&self, scores: &[f64], intensities: &mut [f64], presences: &mut [f64]) {
        for (o, &i) in intensities.iter_mut().zip(&self.intensity_order) {
            *o = scores[i];
        }
        for (o, &i) in presences.iter_mut().zip(&self.presence_order) {
            let m = &self.models[i];
            *o = if scores[i] > 0.0 {
                m.pos_class
            } else {
                m.neg_class
            };
        }
    }

    /// Predicts many frames with one shared median (OpenFace's offline re-prediction,
    /// `PostprocessPredictions`): every row of `features` (`frames × input_len`, laid out as in
    /// [`AuModels::predict_frame_into`]) is predicted exactly as that function predicts it, in
    /// parallel over rows.
    ///
    /// # Errors
    /// [`Error::Invalid`] when the row or median length is not [`AuModels::input_len`].
    pub fn predict_batch(
        &self,
        features: ArrayView2<f64>,
        median: &[f64],
    ) -> Result<AuPredictionBatch> {
        self.check_len("each feature row", features.ncols())?;
        self.check_len("the median", median.len())?;
        let mut scores = Array2::<f64>::zeros((features.nrows(), self.models.len()));
        scores
            .outer_iter_mut()
            .into_par_iter()
            .zip(features.outer_iter().into_par_iter())
            // One scratch row per rayon work item, reused across its rows.
            .for_each_init(Vec::new, |scratch, (mut out, row)| {
                let row = row
                    .to_slice()
                    .map(std::borrow::Cow::Borrowed)
                    .unwrap_or_else(|| std::borrow::Cow::Owned(row.to_vec()));
                let out = out
                    .as_slice_mut()
                    .expect("rows of a fresh array are contiguous");
                self.scores_into(&row, median, scratch, out);
            });

        let frames = features.nrows();
        let mut out = AuPredictionBatch {
            intensities: Array2::zeros((frames, self.intensity_order.len())),
            presences: Array2::zeros((frames, self.presence_order.len())),
        };
        for (k, &i) in self.intensity_order.iter().enumerate() {
            out.intensities.column_mut(k).assign(&scores.column(i));
        }
        for (k, &i) in self.presence_order.iter().enumerate() {
            let m = &self.models[i];
            out.presences
                .column_mut(k)
                .zip_mut_with(&scores.column(i), |o, &s| {
                    *o = if s > 0.0 { m.pos_class } else { m.neg_class }
                });
        }
        Ok(out)
    }
}
