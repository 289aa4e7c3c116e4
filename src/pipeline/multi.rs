//! Several faces through a video, as OpenFace 2.2's `FaceLandmarkVidMulti` tracks and
//! describes them.
//!
//! [`MultiFaceTracker`] holds four [`FaceTracker`] slots (`num_faces_max`), none re-detecting
//! on its own (`reinit_video_every = -1`). Per frame (`frame_count` from 0):
//! 1. while a slot is free, on frames with `frame_count % 8 == 0`, MTCNN's corrected boxes;
//!    boxes overlapping any slot's current box (also a free slot's: the mean shape at the
//!    origin) by IOU > 0.5 are dropped (`NonOverlapingDetections`, stock 2.2's `IOU`);
//! 2. slot by slot: a slot that failed more than 4 frames in a row is reset and freed; a free
//!    slot takes the first unused box ([`FaceTracker::start_from_box`]); an active slot tracks;
//! 3. stock 2.2's `RemoveOverlapingModels`: of two active slots whose boxes overlap by
//!    IOU > 0.5 the lower-numbered is reset and freed.
//!
//! Then every active slot gives a row: pose, gaze (only when its fit succeeded), static AUs,
//! HOG and aligned face ([`run_multi_face_video`]).

use crate::error::{Error, InputDamage, Result};
use crate::face_analyser::hog::FHOG_FEATURES;
use crate::face_analyser::static_aus::StaticAuPredictor;
use crate::io::image::BgrImage;
use crate::io::output::{
    aligned_face_name_multi, write_aligned_face_named, CsvFormat, HogFileWriter, LeadingColumns,
    RowPrefix, StaticAuCsvWriter,
};
use crate::io::video::{Frame, VideoReader};
use crate::landmarks::front_end::{FrontEnd, LandmarkModel};
use crate::landmarks::mtcnn::{correct_box, Rect};
use crate::landmarks::tracking::{FaceTracker, Redetection, TrackedFrame};
use crate::model::pose::{head_pose, landmarks_3d, CameraIntrinsics};
use crate::pipeline::{gaze_columns, BackEnd};
use rayon::prelude::*;
use std::path::{Path, PathBuf};

/// `num_faces_max`: tracker slots, i.e. the most faces followed at once.
pub const MAX_FACES: usize = 4;
/// The detector runs on frames whose 0-based count is a multiple of this.
pub const DETECTION_INTERVAL: u64 = 8;
/// A slot is freed at the frame after it has failed more than this many frames in a row.
pub const MAX_FAILURES_IN_A_ROW: i32 = 4;
/// Overlap (IOU) above which a detection or a second slot counts as the same face.
const SAME_FACE_IOU: f64 = 0.5;

/// `cv::Rect_<float>::operator&` (OpenCV 4.6): the intersection, empty when the rectangles
/// do not overlap or either is empty.
fn intersection(a: &Rect, b: &Rect) -> Rect {
    let empty = |r: &Rect| r.width <= 0.0 || r.height <= 0.0;
    if empty(a) || empty(b) {
        return Rect::default();
    }
    let (x_min, x_max) = if a.x < b.x { (a, b) } else { (b, a) };
    let (y_min, y_max) = if a.y < b.y { (a, b) } else { (b, a) };
    if (x_min.x < 0.0 && x_min.x + x_min.width < x_max.x)
        || x_min.x + x_min.width <= x_max.x
        || (y_min.y < 0.0 && y_min.y + y_min.height < y_max.y)
        || y_min.y + y_min.height <= y_max.y
    {
        return Rect::default();
    }
    Rect {
        x: x_max.x,
        y: y_max.y,
        width: (x_min.width - (x_max.x - x_min.x)).min(x_max.width),
        height: (y_min.height - (y_max.y - y_min.y)).min(y_max.height),
    }
}

/// Stock 2.2's `IOU`: intersection over union of two float rectangles, the areas in float,
/// the ratio in double.
pub fn iou(a: &Rect, b: &Rect) -> f64 {
    let i = intersection(a, b);
    let inter = f64::from(i.width * i.height);
    let union = f64::from(a.width * a.height + b.width * b.height) - inter;
    inter / union
}

/// One active slot's state after a frame: one CSV row.
#[derive(Clone, Debug, PartialEq)]
pub struct SlotFrame {
    /// The slot number 0–3 (the CSV's `face_id`; not an identity).
    pub face_id: usize,
    /// Which run of this slot the row belongs to: a number counted up, over all slots, each
    /// time a slot is started from a detection. Rows with the same `track` are one
    /// uninterrupted track of one face.
    pub track: u64,
    /// The slot's model state. Its `model_success` is the row's `success`.
    pub tracked: TrackedFrame,
}

/// The four tracker slots of `FaceLandmarkVidMulti` for one video (or, with
/// [`MultiFaceTracker::with_max_faces`], as many as there are faces).
pub struct MultiFaceTracker<'f> {
    front_end: &'f FrontEnd,
    slots: Vec<FaceTracker<'f>>,
    active: Vec<bool>,
    /// The track number of each slot's current run.
    tracks: Vec<u64>,
    next_track: u64,
    /// Slots are added, up to this many, when detections find no free slot.
    max_faces: usize,
    frame_count: u64,
}

impl<'f> MultiFaceTracker<'f> {
    /// Four free slots with `front_end`'s models.
    ///
    /// # Errors
    /// [`Error::Invalid`] for the CE-CLM model (not what this program is checked with).
    pub fn new(front_end: &'f FrontEnd) -> Result<Self> {
        if front_end.landmark_model != LandmarkModel::Clnf {
            return Err(Error::Invalid(
                "several faces are tracked with the CLNF model only (model/main_clnf_general.txt)"
                    .into(),
            ));
        }
        let mut tracker = Self::with_max_faces(front_end, MAX_FACES)?;
        let slot = tracker.free_slot();
        tracker.slots = vec![slot; MAX_FACES];
        tracker.active = vec![false; MAX_FACES];
        tracker.tracks = vec![0; MAX_FACES];
        Ok(tracker)
    }

    /// `FaceLandmarkVidMulti`'s tracking without its cap of four faces: no slot at first, and
    /// a new slot (numbered after the existing ones) for each detection that finds no free
    /// slot, up to `max_faces` slots. The detector runs on the same frames (every 8th) while
    /// fewer than `max_faces` slots are active. With `max_faces` 4 this is
    /// [`MultiFaceTracker::new`]: a slot that does not exist yet behaves as a free one.
    ///
    /// # Errors
    /// As [`MultiFaceTracker::new`]; [`Error::Invalid`] when `max_faces` is 0.
    pub fn with_max_faces(front_end: &'f FrontEnd, max_faces: usize) -> Result<Self> {
        if front_end.landmark_model != LandmarkModel::Clnf {
            return Err(Error::Invalid(
                "several faces are tracked with the CLNF model only (model/main_clnf_general.txt)"
                    .into(),
            ));
        }
        if max_faces == 0 {
            return Err(Error::Invalid("at most 0 faces: nothing to track".into()));
        }
        Ok(MultiFaceTracker {
            front_end,
            slots: Vec::new(),
            active: Vec::new(),
            tracks: Vec::new(),
            next_track: 0,
            max_faces,
            frame_count: 0,
        })
    }

    fn free_slot(&self) -> FaceTracker<'f> {
        FaceTracker::new(self.front_end).with_redetection(Redetection::Never)
    }

    /// One frame (in video order): detection, tracking, overlap removal; returns the active
    /// slots in slot order.
    ///
    /// # Errors
    /// When the detector or a fit fails on the image (never for a frame without faces).
    pub fn track(&mut self, frame: &BgrImage) -> Result<Vec<SlotFrame>> {
        let can_grow = self.slots.len() < self.max_faces;
        let all_active = self.active.iter().all(|&a| a) && !can_grow;
        let mut detections: Vec<Rect> = Vec::new();
        if self.frame_count.is_multiple_of(DETECTION_INTERVAL) && !all_active {
            detections = self
                .front_end
                .detector
                .detect(frame)?
                .iter()
                .map(correct_box)
                .collect();
        }
        // `NonOverlapingDetections`: against every slot, free ones included (a slot not yet
        // created is a free one: the mean shape at the origin).
        let unborn = can_grow.then(|| self.free_slot());
        for slot in self.slots.iter().chain(unborn.as_ref()) {
            let slot_box = slot.bounding_box();
            for d in (0..detections.len()).rev() {
                if iou(&slot_box, &detections[d]) > SAME_FACE_IOU {
                    detections.remove(d);
                }
            }
        }
        // Which slot does what this frame, in slot order: track, start from a detection
        // (lowest free slot first, detections in MTCNN's order), or nothing.
        let mut next_detection = 0;
        let mut jobs: Vec<Option<Option<Rect>>> = Vec::with_capacity(self.slots.len());
        for (id, slot) in self.slots.iter_mut().enumerate() {
            if slot.failures_in_a_row() > MAX_FAILURES_IN_A_ROW {
                self.active[id] = false;
                slot.reset();
            }
            if self.active[id] {
                jobs.push(Some(None));
            } else if next_detection < detections.len() {
                jobs.push(Some(Some(detections[next_detection])));
                next_detection += 1;
                self.active[id] = true;
                self.tracks[id] = self.next_track;
                self.next_track += 1;
            } else {
                jobs.push(None);
            }
        }
        while next_detection < detections.len() && self.slots.len() < self.max_faces {
            self.slots.push(self.free_slot());
            self.active.push(true);
            self.tracks.push(self.next_track);
            self.next_track += 1;
            jobs.push(Some(Some(detections[next_detection])));
            next_detection += 1;
        }
        // The slots are independent of each other within a frame: fit them in parallel.
        let states: Vec<Option<TrackedFrame>> = self
            .slots
            .par_iter_mut()
            .zip(jobs.par_iter())
            .map(|(slot, job)| match job {
                None => Ok(None),
                Some(None) => slot.track(frame).map(Some),
                Some(Some(face_box)) => slot.start_from_box(frame, face_box).map(Some),
            })
            .collect::<Result<_>>()?;
        // `RemoveOverlapingModels`.
        let slots = self.slots.len();
        for first in 0..slots {
            if !self.active[first] {
                continue;
            }
            let first_box = self.slots[first].bounding_box();
            for second in first + 1..slots {
                if self.active[second]
                    && iou(&first_box, &self.slots[second].bounding_box()) > SAME_FACE_IOU
                {
                    self.active[first] = false;
                    self.slots[first].reset();
                }
            }
        }
        self.frame_count += 1;
        Ok(states
            .into_iter()
            .enumerate()
            .filter(|(id, _)| self.active[*id])
            .filter_map(|(face_id, tracked)| {
                tracked.map(|tracked| SlotFrame {
                    face_id,
                    track: self.tracks[face_id],
                    tracked,
                })
            })
            .collect())
    }
}

/// Where [`run_multi_face_video`] writes (`RecorderOpenFace` in `-out_dir`).
#[derive(Clone, Debug)]
pub struct MultiFaceOutputs {
    /// `NAME.csv` (written when at least one row).
    pub csv: PathBuf,
    pub csv_format: CsvFormat,
    /// `NAME.hog` (`-hogalign`).
    pub hog: Option<PathBuf>,
    /// `NAME_aligned/` (`-simalign`): `frame_det_FF_NNNNNN.bmp` for every row.
    pub aligned_dir: Option<PathBuf>,
    /// Aligned faces of rows whose fit failed too (OpenFace's default; `-nobadaligned`
    /// turns it off).
    pub failed_aligned: bool,
}

/// What a multi-face run did.
#[derive(Clone, Debug, PartialEq)]
pub struct MultiFaceSummary {
    pub frames: u64,
    pub rows: usize,
    pub camera: CameraIntrinsics,
    /// Set when the video was not read cleanly to its end: the outputs hold the frames read.
    pub damage: Option<InputDamage>,
}

/// `FaceLandmarkVidMulti` on one video: every frame through a [`MultiFaceTracker`], one row
/// per active slot with pose, gaze (successful fits only), static AUs, HOG record (flag =
/// success) and aligned face (also for failed fits). The CSV has `FeatureExtraction`'s
/// columns, AU presences with one decimal.
///
/// A video that cannot be decoded to its end (truncated, corrupt) keeps the rows of the frames
/// read, as OpenFace's run would, and reports it in [`MultiFaceSummary::damage`].
///
/// # Errors
/// A video that cannot be opened or has no frame, unwritable output, or a failing stage (the
/// CSV and HOG file are then not written; aligned faces already written stay).
pub fn run_multi_face_video(
    front_end: &FrontEnd,
    backend: &BackEnd,
    input: &Path,
    outputs: &MultiFaceOutputs,
    camera: Option<CameraIntrinsics>,
    cancel: &crate::pipeline::CancelFlag,
) -> Result<MultiFaceSummary> {
    let mut reader = VideoReader::open(input)?;
    let (width, height) = reader.size();
    let camera = camera.unwrap_or_else(|| CameraIntrinsics::openface_default(width, height));
    let mut tracker = MultiFaceTracker::new(front_end)?;
    let mut predictor = StaticAuPredictor::new(&backend.au_models, &backend.pdm, &backend.aligner)?;
    let mut csv = StaticAuCsvWriter::create(
        &outputs.csv,
        backend.csv_layout().with_format(outputs.csv_format),
        LeadingColumns::Sequence,
    )?;
    let mut hog = outputs
        .hog
        .as_deref()
        .map(HogFileWriter::create)
        .transpose()?;
    if let Some(dir) = &outputs.aligned_dir {
        std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    }
    let pdm = &front_end.clnf.main.pdm;
    let mut frame = Frame::default();
    let mut damage = None;
    while reader.next_frame_or_damage(&mut frame, &mut damage)? {
        if cancel.is_cancelled() {
            return Err(Error::Interrupted);
        }
        for row in tracker.track(&frame.image)? {
            let t = row.tracked;
            let success = t.model_success;
            let pose = head_pose(pdm, &t.params, &t.landmarks, &camera)?;
            let points_3d = landmarks_3d(pdm, &t.params, &t.landmarks, &camera);
            let gaze = gaze_columns(front_end, &t, pose, &camera, success);
            let a = predictor.analyse(&frame.image, &t.landmarks)?;
            if let Some(hog) = &mut hog {
                hog.push(
                    success,
                    (a.hog_dims.cols, a.hog_dims.rows, FHOG_FEATURES),
                    &a.hog,
                )?;
            }
            if let (Some(dir), true) = (&outputs.aligned_dir, success || outputs.failed_aligned) {
                let name = aligned_face_name_multi(row.face_id as u32, frame.number, "bmp");
                write_aligned_face_named(dir, &name, &a.aligned)?;
            }
            csv.push(
                &RowPrefix {
                    frame: frame.number,
                    face_id: row.face_id as u32,
                    timestamp: frame.timestamp,
                    confidence: f64::from(t.certainty),
                    success,
                    gaze,
                    pose,
                    landmarks_2d: t.landmarks,
                    landmarks_3d: points_3d,
                    params_global: t.params.global,
                    params_local: t.params.local,
                },
                &a.aus.intensities,
                &a.aus.presences,
            )?;
        }
    }
    let rows = csv.rows();
    csv.finish()?;
    if let Some(hog) = hog {
        hog.finish()?;
    }
    let frames = reader.frames_read();
    if frames == 0 {
        return Err(Error::Video {
            path: input.to_path_buf(),
            detail: "no frames".into(),
        });
    }
    Ok(MultiFaceSummary {
        frames,
        rows,
        camera,
        damage,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rect(x: f32, y: f32, width: f32, height: f32) -> Rect {
        Rect {
            x,
            y,
            width,
            height,
        }
    }

    #[test]
    fn iou_of_float_rectangles() {
        let a = rect(0.0, 0.0, 10.0, 10.0);
        assert_eq!(iou(&a, &a), 1.0);
        // Half of a inside b: 50 / (100 + 50 - 50).
        assert_eq!(iou(&a, &rect(5.0, 0.0, 5.0, 10.0)), 0.5);
        assert_eq!(iou(&a, &rect(10.0, 0.0, 5.0, 5.0)), 0.0);
        assert_eq!(iou(&a, &rect(20.0, 20.0, 5.0, 5.0)), 0.0);
        // Overlap 5 × 5 = 25 of 100 + 100 − 25.
        assert_eq!(iou(&a, &rect(5.0, 5.0, 10.0, 10.0)), 25.0 / 175.0);
    }
}
