//! Eye gaze from the eye part models, as OpenFace 2.2's `GazeAnalysis::EstimateGaze` and
//! `GetGazeAngle` compute it: the pupil is the mean of the first 8 (iris) 3D eye landmarks, the
//! eyeball a sphere of radius 12 mm centred between the eye corners of the 3D face shape plus a
//! head-rotated offset `(0, −3.5, 7)` mm; the gaze is the unit vector from the eyeball centre to
//! where the camera ray through the pupil meets the sphere.
//!
//! Float types follow OpenFace step by step (`cv::Point3f` arithmetic in `f32`, `cv::norm` and
//! `cv::mean` in `f64`, the unqualified `sqrt` and `atan2` of floats resolving to the C library's
//! double functions). One OpenFace quirk is kept on purpose: the ray parameter is
//! `(−b − √disc) / 2 · a` (divided by 2, then multiplied by `a`), which is the same as the
//! intended `/ (2a)` only because the ray direction is a unit vector (`a` ≈ 1).

use crate::model::rotation::euler_to_rotation_matrix;
use crate::numeric::math;

/// Radius of OpenFace's eyeball model, millimetres.
const EYEBALL_RADIUS: f32 = 12.0;
/// Offset of the eyeball centre from the eye corners' midpoint in the head frame, millimetres.
const EYEBALL_OFFSET: [f32; 3] = [0.0, -3.5, 7.0];
/// The iris landmarks are the first 8 of each 28-point eye model.
const IRIS_POINTS: usize = 8;

/// The point of a 3D shape laid out as all X, all Y, all Z.
fn point(shape: &[f32], i: usize) -> [f32; 3] {
    let n = shape.len() / 3;
    [shape[i], shape[i + n], shape[i + 2 * n]]
}

/// `GetPupilPosition`: mean of the iris landmarks (sums in double, as `cv::mean`).
fn pupil(eye_3d: &[f32]) -> [f32; 3] {
    std::array::from_fn(|d| {
        let n = eye_3d.len() / 3;
        let sum: f64 = (0..IRIS_POINTS).map(|i| eye_3d[i + d * n] as f64).sum();
        (sum / IRIS_POINTS as f64) as f32
    })
}

/// `v / cv::norm(v)`: the norm in double, each component divided in double and rounded.
fn normalise(v: [f32; 3]) -> [f32; 3] {
    let norm = v.iter().map(|&c| c as f64 * c as f64).sum::<f64>().sqrt();
    v.map(|c| (c as f64 / norm) as f32)
}

/// `RaySphereIntersect` with the ray from the camera origin; `(0, 0, −1)` when it misses.
///
/// Precision as OpenFace: `a`, `b`, `c` and the discriminant `b² − 4ac` in float (the integer
/// literals 2, −2 and 4 convert to float); `sqrt` of that float is the C library's double
/// `sqrt`, so `t = (−b − √disc) / 2 · a` is evaluated in double (`−b` and `a` widened) and
/// rounded to float once; the hit point `origin + dir · t` is float.
fn ray_sphere_intersect(dir: [f32; 3], centre: [f32; 3], radius: f32) -> [f32; 3] {
    let [dx, dy, dz] = dir;
    let [cx, cy, cz] = centre;
    let (x0, y0, z0) = (0.0f32, 0.0f32, 0.0f32);
    let a = dx * dx + dy * dy + dz * dz;
    let b = 2.0 * dx * (x0 - cx) + 2.0 * dy * (y0 - cy) + 2.0 * dz * (z0 - cz);
    let c = cx * cx
        + cy * cy
        + cz * cz
        + x0 * x0
        + y0 * y0
        + z0 * z0
        + -2.0 * (cx * x0 + cy * y0 + cz * z0)
        - radius * radius;
    let disc = b * b - 4.0 * a * c;
    if disc < 0.0 {
        return [0.0, 0.0, -1.0];
    }
    let t = ((-f64::from(b) - f64::from(disc).sqrt()) / 2.0 * f64::from(a)) as f32;
    [x0 + dx * t, y0 + dy * t, z0 + dz * t]
}

/// `GazeAnalysis::EstimateGaze` for one eye: `eye_3d` is that eye's 28 landmarks in camera
/// coordinates (`CLNF::GetShape` of the eye part, all X, all Y, all Z), `face_3d` the 68 face
/// landmarks likewise, `head_rotation` the Euler angles of `GetPose`, `left` selects the eye
/// corners (36/39 for the left eye, 42/45 for the right). Returns a unit vector.
///
/// Precision as OpenFace: the pupil is `cv::mean` of the iris coordinates (double sums, rounded
/// to float); the ray direction is `pupil / cv::norm(pupil)` (norm and division in double,
/// each component rounded to float); the head rotation is `Euler2RotationMatrix` in float and
/// its product with the offset an OpenCV `cv::gemm` (double sums, rounded to float); the
/// eyeball centre `(p + q) / 2 + offset` is float; then [`ray_sphere_intersect`], the float
/// difference from the centre, and the same double normalisation as the ray.
pub fn estimate_gaze(
    eye_3d: &[f32],
    face_3d: &[f32],
    head_rotation: [f32; 3],
    left: bool,
) -> [f32; 3] {
    let ray = normalise(pupil(eye_3d));
    let r = euler_to_rotation_matrix(head_rotation);
    // `cv::Mat(rotMat) * offset`: a small OpenCV product, double sums rounded to float.
    let offset: [f32; 3] = std::array::from_fn(|row| {
        (0..3)
            .map(|k| r[row][k] as f64 * EYEBALL_OFFSET[k] as f64)
            .sum::<f64>() as f32
    });
    let first = if left { 36 } else { 42 };
    let (p, q) = (point(face_3d, first), point(face_3d, first + 3));
    let centre: [f32; 3] = std::array::from_fn(|d| (p[d] + q[d]) / 2.0 + offset[d]);
    let hit = ray_sphere_intersect(ray, centre, EYEBALL_RADIUS);
    normalise(std::array::from_fn(|d| hit[d] - centre[d]))
}

/// `GazeAnalysis::GetGazeAngle`: horizontal and vertical angle (radians) of the mean of the two
/// eyes' gaze vectors. The mean is float (`cv::Point3f` sum divided by 2); `atan2` of the
/// floats is the C library's double `atan2`, rounded to float into OpenFace's `cv::Vec2f`.
pub fn gaze_angle(left: [f32; 3], right: [f32; 3]) -> [f32; 2] {
    let mean: [f32; 3] = std::array::from_fn(|d| (left[d] + right[d]) / 2.0);
    [
        math::atan2(mean[0] as f64, -mean[2] as f64) as f32,
        math::atan2(mean[1] as f64, -mean[2] as f64) as f32,
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An eye looking straight at the camera: the pupil on the line from the origin through the
    /// eyeball centre gives a gaze pointing back along that line, towards the camera.
    #[test]
    fn gaze_towards_the_camera() {
        // Face shape with the left-eye corners at (±10, 0, 500) minus the offset; no rotation.
        let mut face = vec![0.0f32; 3 * 68];
        let set = |face: &mut Vec<f32>, i: usize, p: [f32; 3]| {
            face[i] = p[0];
            face[i + 68] = p[1];
            face[i + 136] = p[2];
        };
        set(&mut face, 36, [-10.0, 3.5, 493.0]);
        set(&mut face, 39, [10.0, 3.5, 493.0]);
        // Eyeball centre (0, 0, 500); pupil 12 mm in front of it, on the camera ray.
        let mut eye = vec![0.0f32; 3 * 28];
        for i in 0..8 {
            eye[i + 56] = 488.0;
        }
        let g = estimate_gaze(&eye, &face, [0.0; 3], true);
        assert!((g[0]).abs() < 1e-6 && (g[1]).abs() < 1e-6, "{g:?}");
        assert!((g[2] + 1.0).abs() < 1e-6, "{g:?}");
        let a = gaze_angle(g, g);
        assert!(a[0].abs() < 1e-6 && a[1].abs() < 1e-6, "{a:?}");
    }

    #[test]
    fn a_ray_that_misses_points_straight_ahead() {
        assert_eq!(
            ray_sphere_intersect([1.0, 0.0, 0.0], [0.0, 0.0, 500.0], 12.0),
            [0.0, 0.0, -1.0]
        );
    }
}
