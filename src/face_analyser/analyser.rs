//! The sequential per-video AU state: OpenFace 2.2's `FaceAnalyser` in video mode
//! (`AddNextFrame` from the HOG descriptor on, then `PostprocessOutputFile`'s
//! `ExtractAllPredictionsOfflineReg` / `ExtractAllPredictionsOfflineClass`).
//!
//! Per frame ([`AuAnalyser::add_frame`]): the frame counter counts every frame and is
//! incremented first; on odd counts the HOG running median of the frame's view and the
//! geometry running median are updated (only successful frames are added, the medians are
//! re-extracted regardless, the HOG median is clamped at 0); then every model predicts from
//! `(features − means − median)`. Failed frames get zero geometry and zero predictions. The
//! first `max_init_frames` successful frames' descriptors are kept. A frame that the offline
//! step predicts again is not predicted as it arrives (its prediction would be overwritten).
//!
//! What the offline post-processing needs, and so what grows with the video: the per-frame
//! predictions (17 intensities and 18 presences, 280 bytes a frame, 9.4 MB for 33,680 frames),
//! the descriptors of the first `max_init_frames` successful frames (4702 doubles, 37.6 KB
//! each; at most 113 MB) and a success flag a frame. The first two are spooled to a temporary
//! file ([`SpooledRows`]) and read back by `finish`, so in memory a frame costs its one byte.
//!
//! At the end ([`AuAnalyser::finish`]), for dynamic model sets: the kept frames are predicted
//! again with the final medians (`PostprocessPredictions`); then each dynamic intensity AU is
//! shifted by its calibration offset, intensities are clipped to [0, 5] (failed frames 0) and
//! smoothed over 3 frames, presences smoothed over 7 frames and thresholded at 0.5.
//!
//! Not implemented: OpenFace's online correction (`CorrectOnlineAUs`), which `FeatureExtraction`
//! enables only for webcams.

use crate::error::{Error, Result};
use crate::face_analyser::au_models::{AuModels, AuPrediction};
use crate::face_analyser::geometric_features::GeometryDescriptor;
use crate::face_analyser::postprocess;
use crate::face_analyser::running_median::{RunningMedian, GEOM_HISTOGRAM, HOG_HISTOGRAM};
use crate::model::pdm::{Pdm, PdmParams};
use ndarray::ArrayView2;

/// Options of the face analyser (OpenFace's `FaceAnalyserParameters` and constants).
#[derive(Clone, Debug, PartialEq)]
pub struct AnalyserOptions {
    /// OpenFace's `dynamic` flag: re-predict the first frames with the final median and apply
    /// the dynamic models' calibration offsets offline. True by default (`OptimizeForVideos`);
    /// false with `-au_static`, which also selects `main_static_svms.txt`.
    pub dynamic: bool,
    /// Successful frames kept for the offline re-prediction (`max_init_frames`, 3000).
    pub max_init_frames: usize,
    /// View centres (rx, ry, rz in radians), one HOG median histogram each. OpenFace's default
    /// (no orientation bins configured) is the frontal view only.
    pub head_orientations: Vec<[f64; 3]>,
}

impl Default for AnalyserOptions {
    fn default() -> Self {
        AnalyserOptions {
            dynamic: true,
            max_init_frames: 3000,
            head_orientations: vec![[0.0; 3]],
        }
    }
}

impl AnalyserOptions {
    /// OpenFace's choice for a model set: `dynamic` when it holds dynamic models
    /// (`main_dynamic_svms.txt`), static otherwise (`main_static_svms.txt`, `-au_static`).
    /// For a static set the flag changes nothing numerically (static models ignore the median
    /// and have no calibration offset) but skips the pointless re-prediction, as OpenFace does.
    pub fn for_models(models: &AuModels) -> Self {
        AnalyserOptions {
            dynamic: models.has_dynamic_models(),
            ..AnalyserOptions::default()
        }
    }
}

/// OpenFace's `GetViewId`: the index of the view centre nearest (Euclidean) to `orientation`,
/// the first one on ties; 0 for an empty list.
pub fn view_id(orientations: &[[f64; 3]], orientation: [f64; 3]) -> usize {
    let mut best = 0;
    let mut best_dist = -1.0;
    for (i, o) in orientations.iter().enumerate() {
        let d = ((orientation[0] - o[0]).powi(2)
            + (orientation[1] - o[1]).powi(2)
            + (orientation[2] - o[2]).powi(2))
        .sqrt();
        if i == 0 || d < best_dist {
            best_dist = d;
            best = i;
        }
    }
    best
}

/// Post-processed AU time series of a whole video, as OpenFace writes them to its CSV.
#[derive(Clone, Debug, PartialEq)]
pub struct AuSeries {
    /// Intensity AU names, sorted (`AUxx_r` columns).
    pub intensity_names: Vec<String>,
    /// Presence AU names, sorted (`AUxx_c` columns).
    pub presence_names: Vec<String>,
    /// Per intensity AU, one value per frame in [0, 5].
    pub intensities: Vec<Vec<f64>>,
    /// Per presence AU, one value per frame (0 or 1).
    pub presences: Vec<Vec<f64>>,
    /// Per frame: whether tracking succeeded.
    pub successes: Vec<bool>,
}

/// Rows of doubles written, as their exact bytes, to an unnamed temporary file (in `TMPDIR`;
/// removed by the system when closed) and read back in order at the end, so what a video
/// keeps for its offline post-processing does not grow the process with the video. When no
/// temporary file can be created they are kept in memory.
///
/// [`AuAnalyser`] spools two kinds: the descriptors of the first `max_init_frames` successful
/// frames, predicted again with the final medians (`hog_desc_frames_init`,
/// `geom_descriptor_frames_init`: OpenFace keeps up to 3000, 113 MB), and every frame's
/// predictions (35 values, 9.4 MB for 33,680 frames).
#[derive(Debug)]
pub struct SpooledRows {
    row_len: usize,
    rows: usize,
    store: RowStore,
}

#[derive(Debug)]
enum RowStore {
    File(std::io::BufWriter<std::fs::File>),
    Memory(Vec<f64>),
}

/// Rows read back and predicted at once in [`AuAnalyser::finish`] (4.8 MB of features).
const CALIBRATION_BLOCK_ROWS: usize = 128;
/// Bytes buffered between writes of the descriptor rows (about 28 rows).
const DESCRIPTOR_BUFFER: usize = 1 << 20;
/// Bytes buffered between writes of the per-frame predictions (234 frames).
const PREDICTION_BUFFER: usize = 1 << 16;

impl SpooledRows {
    /// An empty set of rows of `row_len` values, writing in blocks of 1 MiB.
    pub fn new(row_len: usize) -> Self {
        Self::with_buffer(row_len, DESCRIPTOR_BUFFER)
    }

    /// An empty set of rows of `row_len` values, writing in blocks of `buffer` bytes.
    pub fn with_buffer(row_len: usize, buffer: usize) -> Self {
        let store = match tempfile::tempfile() {
            Ok(file) => RowStore::File(std::io::BufWriter::with_capacity(buffer, file)),
            Err(_) => RowStore::Memory(Vec::new()),
        };
        SpooledRows {
            row_len,
            rows: 0,
            store,
        }
    }

    /// No rows, and no file.
    fn empty(row_len: usize) -> Self {
        SpooledRows {
            row_len,
            rows: 0,
            store: RowStore::Memory(Vec::new()),
        }
    }

    /// Rows kept so far.
    pub fn len(&self) -> usize {
        self.rows
    }

    /// Whether no row is kept.
    pub fn is_empty(&self) -> bool {
        self.rows == 0
    }

    /// Appends one row (`row_len` values).
    ///
    /// # Errors
    /// [`Error::Io`] when the temporary file cannot be written.
    pub fn push(&mut self, row: &[f64]) -> Result<()> {
        debug_assert_eq!(row.len(), self.row_len);
        match &mut self.store {
            RowStore::File(w) => {
                for v in row {
                    std::io::Write::write_all(w, &v.to_ne_bytes())
                        .map_err(|e| Error::io(std::env::temp_dir(), e))?;
                }
            }
            RowStore::Memory(values) => values.extend_from_slice(row),
        }
        self.rows += 1;
        Ok(())
    }

    /// Value `col` of every row, in order. Rows may still be appended afterwards.
    ///
    /// # Errors
    /// [`Error::Io`] when the temporary file cannot be read back.
    pub fn column(&mut self, col: usize) -> Result<Vec<f64>> {
        assert!(
            col < self.row_len,
            "column {col} of rows of {}",
            self.row_len
        );
        let mut out = Vec::with_capacity(self.rows);
        match &mut self.store {
            RowStore::Memory(values) => {
                out.extend(values.chunks_exact(self.row_len).map(|row| row[col]));
            }
            RowStore::File(w) => {
                use std::io::{Read, Seek, Write};
                let io = |e| Error::io(std::env::temp_dir(), e);
                w.flush().map_err(io)?;
                let file = w.get_mut();
                let end = file.stream_position().map_err(io)?;
                file.seek(std::io::SeekFrom::Start(0)).map_err(io)?;
                // Whole rows per read, about 64 KiB.
                let row_bytes = self.row_len * 8;
                let mut bytes = vec![0u8; row_bytes * (65536 / row_bytes).max(1)];
                let mut left = self.rows;
                while left > 0 {
                    let rows = left.min(bytes.len() / row_bytes);
                    let chunk = &mut bytes[..rows * row_bytes];
                    file.read_exact(chunk).map_err(io)?;
                    out.extend(chunk.chunks_exact(row_bytes).map(|row| {
                        f64::from_ne_bytes(row[col * 8..col * 8 + 8].try_into().expect("8 bytes"))
                    }));
                    left -= rows;
                }
                file.seek(std::io::SeekFrom::Start(end)).map_err(io)?;
            }
        }
        Ok(out)
    }

    /// Calls `f(first_row, rows)` on consecutive blocks of at most `block` rows, in order.
    ///
    /// # Errors
    /// [`Error::Io`] when the temporary file cannot be read back; `f`'s error.
    pub fn for_each_block(
        self,
        block: usize,
        mut f: impl FnMut(usize, ArrayView2<f64>) -> Result<()>,
    ) -> Result<()> {
        let block = block.max(1);
        match self.store {
            RowStore::Memory(values) => {
                for (i, chunk) in values.chunks(block * self.row_len).enumerate() {
                    let rows = chunk.len() / self.row_len;
                    f(i * block, view(chunk, rows, self.row_len)?)?;
                }
            }
            RowStore::File(w) => {
                use std::io::{Read, Seek};
                let io = |e| Error::io(std::env::temp_dir(), e);
                let mut file = w.into_inner().map_err(|e| io(e.into_error()))?;
                file.seek(std::io::SeekFrom::Start(0)).map_err(io)?;
                let mut bytes = vec![0u8; block * self.row_len * 8];
                let mut values = vec![0f64; block * self.row_len];
                let mut first = 0;
                while first < self.rows {
                    let rows = block.min(self.rows - first);
                    let n = rows * self.row_len;
                    file.read_exact(&mut bytes[..n * 8]).map_err(io)?;
                    for (v, b) in values[..n].iter_mut().zip(bytes.chunks_exact(8)) {
                        *v = f64::from_ne_bytes(b.try_into().expect("8 bytes"));
                    }
                    f(first, view(&values[..n], rows, self.row_len)?)?;
                    first += rows;
                }
            }
        }
        Ok(())
    }
}

fn view(values: &[f64], rows: usize, cols: usize) -> Result<ArrayView2<'_, f64>> {
    ArrayView2::from_shape((rows, cols), values)
        .map_err(|e| Error::Invalid(format!("face analyser: stored features: {e}")))
}

/// OpenFace's `FaceAnalyser` for one video: feed every frame in order with
/// [`AuAnalyser::add_frame`], then call [`AuAnalyser::finish`].
#[derive(Debug)]
pub struct AuAnalyser<'m> {
    models: &'m AuModels,
    geometry: GeometryDescriptor,
    options: AnalyserOptions,
    /// HOG descriptor length, fixed by the first frame.
    hog_len: Option<usize>,
    /// One HOG histogram per view; created on the first frame.
    hog_histograms: Vec<RunningMedian>,
    geom_histogram: RunningMedian,
    /// Current frame's features: HOG then geometry (OpenFace's `hog_desc_frame` and
    /// `geom_descriptor_frame`).
    features: Vec<f64>,
    /// Current medians in the same layout (`hog_desc_median`, `geom_descriptor_median`).
    median: Vec<f64>,
    /// `frames_tracking`, `frames_tracking_succ`.
    frames: usize,
    successful_frames: usize,
    /// Features (first `models.input_len()` values) of the first `max_init_frames` successful
    /// frames.
    init_features: SpooledRows,
    /// Per frame, intensities then presences in [`AuModels`] name order: predictions as
    /// stored for the offline step (zero on failed frames).
    predictions: SpooledRows,
    successes: Vec<bool>,
    current: AuPrediction,
    scratch: Vec<f64>,
}

impl<'m> AuAnalyser<'m> {
    /// A fresh analyser. `pdm` is the face analyser's PDM (`In-the-wild_aligned_PDM_68.txt`,
    /// [`AuModels::pdm_path`]), whose principal components make the geometric descriptor.
    ///
    /// # Errors
    /// [`Error::Invalid`] when the models read features longer than HOG + geometry allows or
    /// no view centre is given.
    pub fn new(models: &'m AuModels, pdm: &Pdm, options: AnalyserOptions) -> Result<Self> {
        let geometry = GeometryDescriptor::new(pdm);
        if options.head_orientations.is_empty() {
            return Err(Error::Invalid(
                "face analyser: at least one head orientation is needed".into(),
            ));
        }
        if models.input_len() <= geometry.len() {
            return Err(Error::Invalid(format!(
                "face analyser: the AU models read {} features, not more than the {} geometric \
                 ones",
                models.input_len(),
                geometry.len()
            )));
        }
        let n_int = models.intensity_names().len();
        let n_pres = models.presence_names().len();
        Ok(AuAnalyser {
            models,
            geom_histogram: RunningMedian::new(GEOM_HISTOGRAM, geometry.len()),
            geometry,
            options,
            hog_len: None,
            hog_histograms: Vec::new(),
            features: Vec::new(),
            median: Vec::new(),
            frames: 0,
            successful_frames: 0,
            init_features: SpooledRows::new(models.input_len()),
            predictions: SpooledRows::with_buffer(n_int + n_pres, PREDICTION_BUFFER),
            successes: Vec::new(),
            current: models.new_prediction(),
            scratch: Vec::new(),
        })
    }

    /// Reserves the success flags for `frames` frames (e.g. the video's frame count), so they
    /// are not grown by doubling.
    pub fn reserve_frames(&mut self, frames: usize) {
        self.successes
            .reserve_exact(frames.saturating_sub(self.successes.len()));
    }

    /// Frames added so far.
    pub fn num_frames(&self) -> usize {
        self.frames
    }

    /// The running medians in feature layout (HOG then geometry); empty before the first frame.
    pub fn median(&self) -> &[f64] {
        &self.median
    }

    /// Checks the first frame's HOG length against the models and allocates the per-video
    /// buffers.
    fn init_layout(&mut self, hog_len: usize) -> Result<()> {
        let full = hog_len + self.geometry.len();
        for len in self.models.means_lengths() {
            if len != hog_len && len != full {
                return Err(Error::Invalid(format!(
                    "face analyser: a model reads {len} features; the HOG has {hog_len} and HOG \
                     + geometry {full}"
                )));
            }
        }
        if self.models.input_len() != hog_len && self.models.input_len() != full {
            return Err(Error::Invalid(
                "face analyser: inconsistent model lengths".into(),
            ));
        }
        self.hog_len = Some(hog_len);
        self.features = vec![0.0; full];
        self.median = vec![0.0; full];
        self.hog_histograms = self
            .options
            .head_orientations
            .iter()
            .map(|_| RunningMedian::new(HOG_HISTOGRAM, hog_len))
            .collect();
        self.scratch.reserve(full);
        Ok(())
    }

    /// One frame of OpenFace's `FaceAnalyser::AddNextFrame` from the HOG on: `hog` is the
    /// aligned face's FHOG descriptor as double (OpenFace computes it for failed frames too,
    /// from a black image), `params` the PDM parameters `PDM::CalcParams` fitted to the frame's
    /// landmarks (ignored when `success` is false: OpenFace then uses zero local parameters
    /// and the frontal view).
    ///
    /// The frame's own prediction is computed only when [`AuAnalyser::finish`] keeps it: a
    /// frame that `finish` predicts again with the final medians (a successful one among the
    /// first `max_init_frames`, with dynamic models) is not predicted here, as its prediction
    /// would be overwritten. [`AuAnalyser::add_frame_predicted`] always predicts. The output
    /// of `finish` is the same either way.
    ///
    /// # Errors
    /// [`Error::Invalid`] when the HOG length differs from the first frame's or does not fit
    /// the models, or `params.local` does not have one value per PDM mode.
    pub fn add_frame(&mut self, hog: &[f64], params: &PdmParams, success: bool) -> Result<()> {
        self.add(hog, params, success, false).map(|_| ())
    }

    /// [`AuAnalyser::add_frame`], returning the frame's raw predictions as OpenFace makes
    /// them in `AddNextFrame` (`GetCurrentAUsReg` / `GetCurrentAUsClass`: unclipped
    /// intensities, zeros on failure), ordered by AU name.
    ///
    /// # Errors
    /// As [`AuAnalyser::add_frame`].
    pub fn add_frame_predicted(
        &mut self,
        hog: &[f64],
        params: &PdmParams,
        success: bool,
    ) -> Result<&AuPrediction> {
        self.add(hog, params, success, true)
    }

    /// Whether [`AuAnalyser::finish`] predicts again the frame that `add` is adding (the
    /// counters already include it).
    fn predicted_again(&self, success: bool) -> bool {
        success && self.options.dynamic && self.successful_frames <= self.options.max_init_frames
    }

    fn add(
        &mut self,
        hog: &[f64],
        params: &PdmParams,
        success: bool,
        always_predict: bool,
    ) -> Result<&AuPrediction> {
        match self.hog_len {
            None => self.init_layout(hog.len())?,
            Some(n) if n != hog.len() => {
                return Err(Error::Invalid(format!(
                    "face analyser: HOG descriptor of {} values after {n}",
                    hog.len()
                )))
            }
            Some(_) => {}
        }
        let hog_len = hog.len();
        // Validate before changing any state.
        if success && params.local.len() != self.geometry.num_modes() {
            return Err(Error::Invalid(format!(
                "face analyser: {} local parameters for a PDM with {} modes",
                params.local.len(),
                self.geometry.num_modes()
            )));
        }

        self.frames += 1;
        let (feat_hog, feat_geom) = self.features.split_at_mut(hog_len);
        feat_hog.copy_from_slice(hog);
        if success {
            self.geometry.compute_into(&params.local, feat_geom)?;
            self.successful_frames += 1;
        } else {
            feat_geom.fill(0.0);
        }
        let rotation = if success {
            params.global.rotation.map(f64::from)
        } else {
            [0.0; 3]
        };
        let view = view_id(&self.options.head_orientations, rotation);

        if self.frames % 2 == 1 {
            let (med_hog, med_geom) = self.median.split_at_mut(hog_len);
            self.hog_histograms[view].update(feat_hog, success, med_hog);
            for m in med_hog.iter_mut() {
                if *m < 0.0 {
                    *m = 0.0;
                }
            }
            self.geom_histogram.update(feat_geom, success, med_geom);
        }

        let input_len = self.models.input_len();
        let predicted_again = self.predicted_again(success);
        if always_predict || !predicted_again {
            self.models.predict_frame_into(
                &self.features[..input_len],
                &self.median[..input_len],
                &mut self.scratch,
                &mut self.current,
            )?;
        } else {
            // Placeholders: `finish` writes this frame's prediction.
            self.current.intensities.fill(0.0);
            self.current.presences.fill(0.0);
        }
        if !success {
            self.current.intensities.fill(0.0);
            self.current.presences.fill(0.0);
        }
        self.scratch.clear();
        self.scratch.extend_from_slice(&self.current.intensities);
        self.scratch.extend_from_slice(&self.current.presences);
        self.predictions.push(&self.scratch)?;

        if predicted_again {
            // At most max_init_frames rows (3000 × 4702 doubles, as OpenFace keeps).
            self.init_features.push(&self.features[..input_len])?;
        }
        self.successes.push(success);
        Ok(&self.current)
    }

    /// The offline post-processing (`PostprocessOutputFile`): for a dynamic model set the kept
    /// frames are predicted again with the final medians; then calibration offsets for
    /// dynamic intensity AUs with a cutoff, clipping, zeroed failures and smoothing, all per
    /// AU. Collects [`AuAnalyser::finish_by_column`]'s columns.
    ///
    /// # Errors
    /// As [`AuAnalyser::finish_by_column`].
    pub fn finish(self) -> Result<AuSeries> {
        let intensity_names = self.models.intensity_names().to_vec();
        let presence_names = self.models.presence_names().to_vec();
        let mut intensities = Vec::with_capacity(intensity_names.len());
        let mut presences = Vec::with_capacity(presence_names.len());
        let successes = self.finish_by_column(|column| {
            match column.kind {
                AuOutput::Intensity => intensities.push(column.values.to_vec()),
                AuOutput::Presence => presences.push(column.values.to_vec()),
            }
            Ok(())
        })?;
        Ok(AuSeries {
            intensity_names,
            presence_names,
            intensities,
            presences,
            successes,
        })
    }

    /// The offline post-processing of [`AuAnalyser::finish`], handing each AU's finished
    /// series to `each` in turn (intensities, then presences, each in name order), so only
    /// one series is in memory at a time; returns the per-frame success flags.
    ///
    /// # Errors
    /// [`Error::Io`] when the spooled rows cannot be read back; [`Error::Invalid`] on an
    /// internal inconsistency of the stored features; `each`'s error.
    pub fn finish_by_column(
        mut self,
        mut each: impl FnMut(AuColumn<'_>) -> Result<()>,
    ) -> Result<Vec<bool>> {
        let n_int = self.models.intensity_names().len();
        let width = n_int + self.models.presence_names().len();
        // The kept frames' predictions with the final medians: at most `max_init_frames`
        // rows of `width` values.
        let mut kept_frames: Vec<usize> = Vec::new();
        let mut again: Vec<f64> = Vec::new();
        if self.options.dynamic && !self.init_features.is_empty() {
            let input_len = self.models.input_len();
            let kept = self.init_features.len();
            kept_frames = self
                .successes
                .iter()
                .enumerate()
                .filter(|(_, &ok)| ok)
                .map(|(i, _)| i)
                .take(kept)
                .collect();
            let init = std::mem::replace(&mut self.init_features, SpooledRows::empty(input_len));
            let median = &self.median[..input_len];
            let models = self.models;
            again.reserve_exact(kept * width);
            // Each row is predicted exactly as one frame, so blocks give the numbers one
            // product over all rows gives.
            init.for_each_block(CALIBRATION_BLOCK_ROWS, |_, rows| {
                let batch = models.predict_batch(rows, median)?;
                for row in 0..rows.nrows() {
                    again.extend(batch.intensities.row(row).iter());
                    again.extend(batch.presences.row(row).iter());
                }
                Ok(())
            })?;
            if again.len() != kept_frames.len() * width {
                return Err(Error::Invalid(format!(
                    "face analyser: {} kept frames, {} predicted again",
                    kept_frames.len(),
                    again.len() / width.max(1)
                )));
            }
        }
        let intensity_models: Vec<_> = self.models.intensity_models().collect();
        for col in 0..width {
            let mut values = self.predictions.column(col)?;
            for (k, &frame) in kept_frames.iter().enumerate() {
                values[frame] = again[k * width + col];
            }
            let (kind, index) = if col < n_int {
                let model = intensity_models[col];
                let offset = match model.cutoff {
                    Some(c) if self.options.dynamic && model.kind.is_dynamic() => {
                        postprocess::calibration_offset(&values, &self.successes, c)
                    }
                    _ => 0.0,
                };
                postprocess::shift_and_clip(&mut values, &self.successes, offset);
                postprocess::smooth_intensities(&mut values);
                (AuOutput::Intensity, col)
            } else {
                postprocess::smooth_presences(&mut values);
                (AuOutput::Presence, col - n_int)
            };
            each(AuColumn {
                kind,
                index,
                values: &values,
            })?;
        }
        Ok(self.successes)
    }
}

/// Which output an [`AuColumn`] holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AuOutput {
    /// An `AUxx_r` intensity column, in [0, 5].
    Intensity,
    /// An `AUxx_c` presence column, 0 or 1.
    Presence,
}

/// One AU's finished series, from [`AuAnalyser::finish_by_column`].
#[derive(Debug)]
pub struct AuColumn<'a> {
    /// Intensity or presence.
    pub kind: AuOutput,
    /// Position among the intensity (or presence) names.
    pub index: usize,
    /// One value per frame.
    pub values: &'a [f64],
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The rows read back, block by block, as (first row, values).
    fn read_back(rows: SpooledRows, block: usize) -> Vec<(usize, Vec<f64>)> {
        let mut out = Vec::new();
        rows.for_each_block(block, |first, view| {
            out.push((first, view.iter().copied().collect()));
            Ok(())
        })
        .unwrap();
        out
    }

    #[test]
    fn calibration_rows_read_back_bit_for_bit_from_file_and_memory() {
        let row_len = 7;
        let values: Vec<f64> = (0..23 * row_len)
            .map(|i| f64::from_bits(0x3FF0_0000_0000_0001 + (i as u64) * 0x1234_5678_9ABC))
            .chain([
                f64::NAN,
                -0.0,
                f64::INFINITY,
                f64::MIN_POSITIVE,
                -1e-310,
                5.0,
                0.1,
            ])
            .collect();
        let mut on_disk = SpooledRows::new(row_len);
        assert!(
            matches!(on_disk.store, RowStore::File(_)),
            "TMPDIR is writable"
        );
        let mut in_memory = SpooledRows::empty(row_len);
        for (i, row) in values.chunks(row_len).enumerate() {
            on_disk.push(row).unwrap();
            in_memory.push(row).unwrap();
            // Columns read back between appends (the predictions' use), from either store.
            if i % 7 == 3 {
                for col in 0..row_len {
                    let want: Vec<u64> = values[..(i + 1) * row_len]
                        .chunks(row_len)
                        .map(|r| r[col].to_bits())
                        .collect();
                    for store in [&mut on_disk, &mut in_memory] {
                        let got: Vec<u64> = store
                            .column(col)
                            .unwrap()
                            .iter()
                            .map(|v| v.to_bits())
                            .collect();
                        assert_eq!(got, want, "row {i}, column {col}");
                    }
                }
            }
        }
        assert_eq!(on_disk.len(), 24);
        let (disk, memory) = (read_back(on_disk, 5), read_back(in_memory, 5));
        assert_eq!(disk.len(), 5);
        assert_eq!(
            disk.iter().map(|(first, _)| *first).collect::<Vec<_>>(),
            [0, 5, 10, 15, 20]
        );
        let bits = |blocks: &[(usize, Vec<f64>)]| -> Vec<u64> {
            blocks
                .iter()
                .flat_map(|(_, v)| v.iter().map(|x| x.to_bits()))
                .collect()
        };
        let expected: Vec<u64> = values.iter().map(|x| x.to_bits()).collect();
        assert_eq!(bits(&disk), expected);
        assert_eq!(bits(&memory), expected);
        assert!(read_back(SpooledRows::new(row_len), 4).is_empty());
    }
}
