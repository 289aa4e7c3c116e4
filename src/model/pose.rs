//! Head pose and 3D landmarks from fitted PDM parameters: OpenFace 2.2's
//! `LandmarkDetector::GetPose` and `CLNF::GetShape`, with `SequenceCapture`'s default camera.

use crate::error::{Error, Result};
use crate::model::landmarks::Landmarks2d;
use crate::model::pdm::{Pdm, PdmParams};
use crate::model::rotation;
use crate::numeric::solve_pnp::solve_pnp_iterative;

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

/// A head pose in the camera frame, as `FeatureExtraction` writes it (`pose_Tx..pose_Rz`).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct HeadPose {
    /// `pose_Tx, pose_Ty, pose_Tz`: millimetres.
    pub translation: [f32; 3],
    /// `pose_Rx, pose_Ry, pose_Rz`: Euler angles in radians (OpenFace's `R = Rx·Ry·Rz`).
    pub rotation: [f32; 3],
}

/// Head pose (millimetres, radians, camera frame), as
/// `LandmarkDetector::GetPose`: iterative `solvePnP` between the PDM's 3D shape and the 2D
/// landmarks, initialised from the weak-perspective parameters (depth `fx / scale`, and —
/// as OpenFace does — the Euler angles passed as the initial rotation vector), then converted to
/// Euler angles. All zeros when the scale is zero, as OpenFace writes it. `solvePnP` is
/// `solve_pnp_iterative`: OpenCV's computation, its BLAS product in OpenBLAS's order.
///
/// # Errors
/// [`Error::Numeric`] with fewer than 3 landmarks (where OpenCV throws).
pub fn head_pose(
    pdm: &Pdm,
    params: &PdmParams,
    landmarks: &Landmarks2d,
    camera: &CameraIntrinsics,
) -> Result<HeadPose> {
    let g = &params.global;
    if g.scale == 0.0 || landmarks.is_empty() {
        return Ok(HeadPose::default());
    }
    let n = landmarks.len();
    let z = camera.fx / g.scale;
    let x = ((g.tx - camera.cx) * (1.0 / camera.fx)) * z;
    let y = ((g.ty - camera.cy) * (1.0 / camera.fy)) * z;

    let shape = pdm.shape_3d(&params.local);
    // OpenFace passes float matrices; OpenCV works in double (each float converts exactly).
    let object: Vec<[f64; 3]> = (0..n)
        .map(|i| [0, 1, 2].map(|d| f64::from(shape[i + d * n])))
        .collect();
    let image: Vec<[f64; 2]> = landmarks.points().map(|p| p.map(f64::from)).collect();
    let mut rvec = g.rotation.map(f64::from);
    let mut tvec = [x, y, z].map(f64::from);
    let (fx, fy, cx, cy) = (camera.fx, camera.fy, camera.cx, camera.cy);
    let solved = solve_pnp_iterative(
        &object,
        &image,
        [fx, fy, cx, cy].map(f64::from),
        &mut rvec,
        &mut tvec,
    );
    if !solved {
        return Err(Error::Numeric {
            stage: "head pose",
            detail: format!("solvePnP needs at least 3 points, got {n}"),
        });
    }
    // OpenCV writes the double result into OpenFace's float vectors (rounded to nearest).
    let r = rvec.map(|v| v as f32);
    let t = tvec.map(|v| v as f32);
    let euler = rotation::axis_angle_to_euler(r);
    Ok(HeadPose {
        translation: t,
        rotation: euler,
    })
}

/// 3D landmarks in the camera frame (`CLNF::GetShape`): the PDM shape rotated by the fitted
/// rotation, placed at depth `fx / scale` plus its own depth, and back-projected through the 2D
/// landmarks. Laid out as all X, all Y, all Z (millimetres).
///
/// Precision, step by step as OpenFace: the PDM shape is [`Pdm::shape_3d`]'s (float), `R` is
/// `Euler2RotationMatrix` in float; the rotated shape `shape3dᵀ · Rᵀ` is an OpenCV `cv::gemm` of
/// float matrices below its BLAS threshold (`GEMMSingleMul<float, double>`), so each point's
/// depth is the double sum over `k = 0, 1, 2` of the exact products `p_k · R[2][k]`, rounded to
/// float once; `Zavg = fx / scale`, `Z = Zavg + depth`, `X = Z · ((x − cx) / fx)` and
/// `Y = Z · ((y − cy) / fy)` are float operations.
pub fn landmarks_3d(
    pdm: &Pdm,
    params: &PdmParams,
    landmarks: &Landmarks2d,
    camera: &CameraIntrinsics,
) -> Vec<f32> {
    let n = landmarks.len();
    let shape = pdm.shape_3d(&params.local);
    let r = rotation::euler_to_rotation_matrix(params.global.rotation);
    let z_avg = camera.fx / params.global.scale;
    let mut out = vec![0.0f32; 3 * n];
    for i in 0..n {
        let p = [shape[i], shape[i + n], shape[i + 2 * n]];
        // Row i, column 2 of shape^T · R^T (the rotated point's depth): OpenCV's double sum of
        // float products from zero, rounded to float.
        let depth = (0..3)
            .map(|k| f64::from(p[k]) * f64::from(r[2][k]))
            .fold(0.0f64, |acc, v| acc + v) as f32;
        let z = z_avg + depth;
        let [x, y] = landmarks.point(i);
        out[i] = z * ((x - camera.cx) / camera.fx);
        out[i + n] = z * ((y - camera.cy) / camera.fy);
        out[i + 2 * n] = z;
    }
    out
}
