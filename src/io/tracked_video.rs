//! The visualisation video of `FeatureExtraction -tracked` (`Utilities::Visualizer` with
//! `RecorderOpenFace`'s video writer): every frame with the landmarks, the head-pose box and the
//! gaze lines drawn as OpenFace draws them, encoded as MPEG-4 Part 2 (FourCC `DIVX`) at the
//! input's frame rate through OpenCV's `VideoWriter`. A picture for people, not data: it is
//! not compared pixel for pixel with OpenFace's.

use crate::error::{Error, Result};
use crate::io::image::BgrImage;
use crate::io::opencv_on_demand::{fourcc, VideoWriter};
use crate::model::landmarks::Landmarks2d;
use crate::model::pose::{CameraIntrinsics, HeadPose};
use crate::model::rotation::euler_to_rotation_matrix;
use opencv::core::{Point, Scalar};
use opencv::prelude::*;
use std::path::{Path, PathBuf};

/// `Visualizer`'s sub-pixel drawing: coordinates × 16 with 4 shift bits.
const SHIFT_BITS: i32 = 4;
const MULTIPLIER: f32 = 16.0;
/// Below this landmark confidence nothing is drawn (`visualisation_boundary`).
const VISUALISATION_BOUNDARY: f64 = 0.4;
/// Half the side of the head-pose box, millimetres.
const BOX_HALF_SIDE: f32 = 100.0;
/// Length of the drawn gaze lines, millimetres.
const GAZE_LINE: f32 = 50.0;

/// What is drawn on one frame.
#[derive(Clone, Copy, Debug)]
pub struct TrackedOverlay<'a> {
    pub landmarks: &'a Landmarks2d,
    /// Eye landmarks in pixels, and in camera coordinates (millimetres).
    pub eye_2d: &'a [[f32; 2]],
    pub eye_3d: &'a [[f32; 3]],
    pub pose: HeadPose,
    /// Gaze vectors of the left and right eye.
    pub gaze: [[f32; 3]; 2],
    pub confidence: f64,
    pub camera: CameraIntrinsics,
}

/// Writes the visualisation video to a temporary file beside its path and renames it into place
/// at [`TrackedVideoWriter::finish`]; dropped unfinished, it removes the temporary file.
pub struct TrackedVideoWriter {
    path: PathBuf,
    tmp: PathBuf,
    writer: VideoWriter,
}

impl TrackedVideoWriter {
    /// Opens the encoder for `width × height` frames at `fps` (30 when the input has none).
    ///
    /// # Errors
    /// [`Error::Io`] naming `path` when the encoder cannot open the file.
    pub fn create(path: &Path, fps: f64, width: usize, height: usize) -> Result<Self> {
        let dir = match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => Path::new("."),
        };
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        let tmp = dir.join(format!(".pyfaceau-{}-{name}.tmp.avi", std::process::id()));
        let fps = if fps > 0.0 && fps.is_finite() {
            fps
        } else {
            30.0
        };
        let tmp_str = tmp
            .to_str()
            .ok_or_else(|| Error::Invalid(format!("{}: not a UTF-8 path", tmp.display())))?;
        let (writer, opened) =
            VideoWriter::open(tmp_str, fourcc(*b"DIVX"), fps, width as i32, height as i32)?;
        if !opened {
            return Err(Error::io(
                path,
                std::io::Error::other("the MPEG-4 (DIVX) encoder cannot open the file"),
            ));
        }
        Ok(TrackedVideoWriter {
            path: path.to_path_buf(),
            tmp,
            writer,
        })
    }

    /// Draws `overlay` on a copy of `frame` and appends it.
    ///
    /// # Errors
    /// [`Error::OpenCv`] when drawing or encoding fails.
    pub fn push(&mut self, frame: &BgrImage, overlay: &TrackedOverlay) -> Result<()> {
        let mut mat = frame.as_mat()?.try_clone()?;
        if overlay.confidence > VISUALISATION_BOUNDARY {
            draw(&mut mat, overlay)?;
        }
        self.writer.write(&mat)?;
        Ok(())
    }

    /// Closes the encoder and moves the video into place.
    ///
    /// # Errors
    /// [`Error::Io`] when the rename fails.
    pub fn finish(mut self) -> Result<()> {
        self.writer.release()?;
        std::fs::rename(&self.tmp, &self.path).map_err(|e| Error::io(&self.path, e))?;
        self.tmp = PathBuf::new();
        Ok(())
    }
}

impl Drop for TrackedVideoWriter {
    fn drop(&mut self) {
        if !self.tmp.as_os_str().is_empty() {
            let _ = self.writer.release();
            let _ = std::fs::remove_file(&self.tmp);
        }
    }
}

/// A point in `Visualizer`'s shifted integer coordinates.
fn shifted(x: f32, y: f32) -> Point {
    Point::new(
        (x * MULTIPLIER).round() as i32,
        (y * MULTIPLIER).round() as i32,
    )
}

/// A camera-frame point projected to pixels.
fn project(p: [f32; 3], c: &CameraIntrinsics) -> (f32, f32) {
    (p[0] / p[2] * c.fx + c.cx, p[1] / p[2] * c.fy + c.cy)
}

/// `Visualizer::SetObservationLandmarks`, `SetObservationPose` and `SetObservationGaze`.
fn draw(img: &mut opencv::core::Mat, o: &TrackedOverlay) -> Result<()> {
    use opencv::imgproc::{circle, line, LINE_AA};
    let cols = img.cols() as f64;
    let thick = |k: f64| (k * cols / 640.0).ceil() as i32;

    // The head-pose box, coloured from blue (uncertain) to red (certain).
    let c = o.confidence.clamp(0.0, 1.0);
    let box_colour = Scalar::new((1.0 - c) * 255.0, 0.0, c * 255.0, 0.0);
    let r = euler_to_rotation_matrix(o.pose.rotation);
    let s = BOX_HALF_SIDE;
    let corners = [
        [-s, s, -s],
        [s, s, -s],
        [s, s, s],
        [-s, s, s],
        [s, -s, s],
        [s, -s, -s],
        [-s, -s, -s],
        [-s, -s, s],
    ]
    .map(|v: [f32; 3]| {
        let p: [f32; 3] = std::array::from_fn(|i| {
            r[i][0] * v[0] + r[i][1] * v[1] + r[i][2] * v[2] + o.pose.translation[i]
        });
        project(p, &o.camera)
    });
    let in_front = o.pose.translation[2] > s;
    if in_front {
        for (a, b) in [
            (0, 1),
            (1, 2),
            (2, 3),
            (0, 3),
            (2, 4),
            (1, 5),
            (0, 6),
            (3, 7),
            (6, 5),
            (5, 4),
            (4, 7),
            (7, 6),
        ] {
            let (p, q) = (corners[a], corners[b]);
            line(
                img,
                shifted(p.0, p.1),
                shifted(q.0, q.1),
                box_colour,
                thick(2.0),
                LINE_AA,
                SHIFT_BITS,
            )?;
        }
    }

    // Landmarks: a red dot with a blue centre.
    let eyes = o.eye_2d.iter().map(|p| (p[0], p[1]));
    for (x, y) in o.landmarks.points().map(|p| (p[0], p[1])).chain(eyes) {
        let centre = shifted(x, y);
        let radius = MULTIPLIER as i32;
        let red = Scalar::new(0.0, 0.0, 255.0, 0.0);
        let blue = Scalar::new(255.0, 0.0, 0.0, 0.0);
        circle(img, centre, radius, red, thick(3.0), LINE_AA, SHIFT_BITS)?;
        circle(img, centre, radius, blue, thick(1.0), LINE_AA, SHIFT_BITS)?;
    }

    // Gaze: from each pupil (the mean of its eye's 8 iris points) along the gaze vector.
    if o.eye_3d.len() == 56 && o.gaze != [[0.0; 3]; 2] {
        for (eye, gaze) in o.eye_3d.chunks(28).zip(o.gaze) {
            let pupil: [f32; 3] =
                std::array::from_fn(|d| eye[..8].iter().map(|p| p[d]).sum::<f32>() / 8.0);
            let end: [f32; 3] = std::array::from_fn(|d| pupil[d] + gaze[d] * GAZE_LINE);
            if pupil[2] <= 0.0 || end[2] <= 0.0 {
                continue;
            }
            let (p, q) = (project(pupil, &o.camera), project(end, &o.camera));
            line(
                img,
                shifted(p.0, p.1),
                shifted(q.0, q.1),
                Scalar::new(110.0, 220.0, 0.0, 0.0),
                thick(2.0),
                LINE_AA,
                SHIFT_BITS,
            )?;
        }
    }
    Ok(())
}
