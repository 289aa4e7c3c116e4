//! Head pose and 3D landmarks from fitted PDM parameters: OpenFace 2.2's
//! `LandmarkDetector::GetPose` and `CLNF::GetShape`, with `SequenceCapture`'s default camera.

use crate::error::Result;
use crate::model::pdm::{Pdm, PdmParams};
use crate::model::rotation;
use opencv::core::{Mat, CV_32F};
use opencv::prelude::*;

/// Pinhole camera intrinsics in pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CameraIntrinsics {
    pub fx: f32,
    pub fy: f32,
    pub cx: f32,
    pub cy: f32,
}

impl CameraIntrinsics {
    /// OpenFace's guess for an uncalibrated camera (`SequenceCapture::SetCameraIntrinsics`):
    /// the optical centre at the image centre, `fx = fy` = mean of `500·w/640` and `500·h/480`,
    /// computed in float as OpenFace does.
    pub fn openface_default(width: usize, height: usize) -> Self {
        let fx = 500.0f32 * (width as f32 / 640.0f32);
        let fy = 500.0f32 * (height as f32 / 480.0f32);
        let f = (fx + fy) / 2.0f32;
        CameraIntrinsics {
            fx: f,
            fy: f,
            cx: width as f32 / 2.0f32,
            cy: height as f32 / 2.0f32,
        }
    }
}

/// Head pose `[Tx, Ty, Tz, Rx, Ry, Rz]` (millimetres, radians, camera frame), as
/// `LandmarkDetector::GetPose`: iterative `solvePnP` between the PDM's 3D shape and the 2D
/// landmarks, initialised from the weak-perspective parameters (depth `fx / scale`, and —
/// as OpenFace does — the Euler angles passed as the initial rotation vector), then converted to
/// Euler angles. All zeros when the scale is zero, as OpenFace writes it.
///
/// # Errors
/// When OpenCV's `solvePnP` fails.
pub fn head_pose(
    pdm: &Pdm,
    params: &PdmParams,
    landmarks: &[f32],
    camera: &CameraIntrinsics,
) -> Result<[f32; 6]> {
    let g = &params.global;
    if g.scale == 0.0 || landmarks.is_empty() {
        return Ok([0.0; 6]);
    }
    let n = landmarks.len() / 2;
    let z = camera.fx / g.scale;
    let x = ((g.tx - camera.cx) * (1.0 / camera.fx)) * z;
    let y = ((g.ty - camera.cy) * (1.0 / camera.fy)) * z;

    let shape = pdm.shape_3d(&params.local);
    let mut object = Mat::new_rows_cols_with_default(n as i32, 3, CV_32F, 0.0.into())?;
    let mut image = Mat::new_rows_cols_with_default(n as i32, 2, CV_32F, 0.0.into())?;
    for i in 0..n {
        for d in 0..3 {
            *object.at_2d_mut::<f32>(i as i32, d)? = shape[i + d as usize * n];
        }
        *image.at_2d_mut::<f32>(i as i32, 0)? = landmarks[i];
        *image.at_2d_mut::<f32>(i as i32, 1)? = landmarks[i + n];
    }
    let camera_matrix = Mat::from_slice_2d(&[
        [camera.fx, 0.0, camera.cx],
        [0.0, camera.fy, camera.cy],
        [0.0, 0.0, 1.0],
    ])?;
    let mut rvec = Mat::from_slice(&g.rotation)?.t()?.to_mat()?;
    let mut tvec = Mat::from_slice(&[x, y, z])?.t()?.to_mat()?;
    opencv::calib3d::solve_pnp(
        &object,
        &image,
        &camera_matrix,
        &opencv::core::no_array(),
        &mut rvec,
        &mut tvec,
        true,
        opencv::calib3d::SOLVEPNP_ITERATIVE,
    )?;
    let as_f32 = |m: &Mat| -> Result<[f32; 3]> {
        let mut out = [0.0f32; 3];
        let mut m32 = Mat::default();
        m.convert_to(&mut m32, CV_32F, 1.0, 0.0)?;
        for (k, o) in out.iter_mut().enumerate() {
            *o = *m32.at::<f32>(k as i32)?;
        }
        Ok(out)
    };
    let r = as_f32(&rvec)?;
    let t = as_f32(&tvec)?;
    let euler = rotation::axis_angle_to_euler(r);
    Ok([t[0], t[1], t[2], euler[0], euler[1], euler[2]])
}

/// 3D landmarks in the camera frame (`CLNF::GetShape`): the PDM shape rotated by the fitted
/// rotation, placed at depth `fx / scale` plus its own depth, and back-projected through the 2D
/// landmarks. Laid out as all X, all Y, all Z (millimetres).
pub fn landmarks_3d(
    pdm: &Pdm,
    params: &PdmParams,
    landmarks: &[f32],
    camera: &CameraIntrinsics,
) -> Vec<f32> {
    let n = landmarks.len() / 2;
    let shape = pdm.shape_3d(&params.local);
    let r = rotation::euler_to_rotation_matrix(params.global.rotation);
    let z_avg = camera.fx / params.global.scale;
    let mut out = vec![0.0f32; 3 * n];
    for i in 0..n {
        let p = [shape[i], shape[i + n], shape[i + 2 * n]];
        // Row i of shape^T · R^T: the rotated point's depth.
        let depth = p[0] * r[2][0] + p[1] * r[2][1] + p[2] * r[2][2];
        let z = z_avg + depth;
        out[i] = z * ((landmarks[i] - camera.cx) / camera.fx);
        out[i + n] = z * ((landmarks[i + n] - camera.cy) / camera.fy);
        out[i + 2 * n] = z;
    }
    out
}
