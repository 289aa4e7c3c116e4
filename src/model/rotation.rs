//! Rotation helpers with OpenFace 2.2's exact arithmetic (`Utilities` namespace in
//! `lib/Utilities/include/RotationHelpers.h`, plus `PDM::Orthonormalise`).
//!
//! OpenFace keeps rotations as `cv::Matx33f` / `cv::Vec3f` but several steps run in double inside
//! OpenCV, so each function here states its precision step by step:
//!
//! * Euler angles follow OpenFace's convention `R = Rx · Ry · Rz` (pitch, yaw, roll in radians).
//! * OpenFace's trigonometry on `float` arguments resolves to the C library's `double`
//!   functions (`sin`, `cos`, `asin`, `atan2`, `sqrt`), the result rounded back to `f32`; we do
//!   the same.
//! * The axis-angle conversions mirror `cv::Rodrigues` (OpenCV 4.6, `calib3d`), which converts
//!   to double, orthogonalises a matrix input through OpenCV's Jacobi SVD, and rounds the output
//!   to the input's depth (`f32` here).
//! * [`orthonormalise`] mirrors `PDM::Orthonormalise`: a float Jacobi SVD (OpenCV's
//!   `JacobiSVDImpl_<float>`, which OpenCV uses for matrices this small even when built with
//!   LAPACK), `U·Vᵀ` through OpenCV's small-matrix `gemm`, a determinant in double, and the
//!   product `U·diag(1, 1, det)·Vᵀ`.
//!
//! Nothing here uses fused multiply-add: neither OpenFace (built without `-mfma`) nor OpenCV's
//! baseline code does.

use crate::numeric::math;
pub use crate::numeric::opencv::SvdScalar;
use crate::numeric::opencv::{sum_f32, svd};

/// A 3×3 float matrix, row-major (`m[row][col]`), OpenCV's `cv::Matx33f`.
pub type Mat3f = [[f32; 3]; 3];

/// A 3×3 double matrix, row-major (`m[row][col]`), OpenCV's `cv::Matx33d`.
pub type Mat3d = [[f64; 3]; 3];

/// Rotation matrix from Euler angles (`Utilities::Euler2RotationMatrix`), `R = Rx·Ry·Rz`.
///
/// Sines and cosines in double rounded to `f32` (the C library's `sin(double)` is what an
/// unqualified `sin(float)` resolves to in OpenFace's build), products in `f32`.
pub fn euler_to_rotation_matrix(euler: [f32; 3]) -> Mat3f {
    let sin = |a: f32| math::sin(a as f64) as f32;
    let cos = |a: f32| math::cos(a as f64) as f32;
    let (s1, s2, s3) = (sin(euler[0]), sin(euler[1]), sin(euler[2]));
    let (c1, c2, c3) = (cos(euler[0]), cos(euler[1]), cos(euler[2]));
    [
        [c2 * c3, -c2 * s3, s2],
        [c1 * s3 + c3 * s1 * s2, c1 * c3 - s1 * s2 * s3, -c2 * s1],
        [s1 * s3 - c1 * c3 * s2, c3 * s1 + c1 * s2 * s3, c1 * c2],
    ]
}

/// Euler angles `[pitch, yaw, roll]` from a rotation matrix (`Utilities::RotationMatrix2Euler`),
/// through a quaternion, with the yaw's `asin` argument clamped to `[-1, 1]`.
///
/// Float arithmetic, `sqrt`/`asin`/`atan2` in double rounded to `f32`, as OpenFace. A matrix
/// with trace below −1 gives NaN, as in OpenFace.
pub fn rotation_matrix_to_euler(r: &Mat3f) -> [f32; 3] {
    let q0 = ((1.0f32 + r[0][0] + r[1][1] + r[2][2]) as f64).sqrt() / 2.0;
    let q0 = q0 as f32;
    let q1 = (r[2][1] - r[1][2]) / (4.0f32 * q0);
    let q2 = (r[0][2] - r[2][0]) / (4.0f32 * q0);
    let q3 = (r[1][0] - r[0][1]) / (4.0f32 * q0);

    let t1 = (2.0f32 * (q0 * q2 + q1 * q3)).clamp(-1.0, 1.0);
    let yaw = math::asin(t1 as f64) as f32;
    let pitch = math::atan2(
        (2.0f32 * (q0 * q1 - q2 * q3)) as f64,
        (q0 * q0 - q1 * q1 - q2 * q2 + q3 * q3) as f64,
    ) as f32;
    let roll = math::atan2(
        (2.0f32 * (q0 * q3 - q1 * q2)) as f64,
        (q0 * q0 + q1 * q1 - q2 * q2 - q3 * q3) as f64,
    ) as f32;
    [pitch, yaw, roll]
}

/// Axis-angle (Rodrigues) vector from Euler angles (`Utilities::Euler2AxisAngle`).
pub fn euler_to_axis_angle(euler: [f32; 3]) -> [f32; 3] {
    rotation_matrix_to_axis_angle(&euler_to_rotation_matrix(euler))
}

/// Euler angles from an axis-angle vector (`Utilities::AxisAngle2Euler`).
pub fn axis_angle_to_euler(axis_angle: [f32; 3]) -> [f32; 3] {
    rotation_matrix_to_euler(&axis_angle_to_rotation_matrix(axis_angle))
}

/// Rotation matrix from an axis-angle vector (`Utilities::AxisAngle2RotationMatrix`, i.e.
/// `cv::Rodrigues` vector → matrix): computed in double as
/// `cos θ·I + (1 − cos θ)·r·rᵀ + sin θ·[r]ₓ`, rounded to `f32`.
pub fn axis_angle_to_rotation_matrix(axis_angle: [f32; 3]) -> Mat3f {
    let mut r = axis_angle.map(|v| v as f64);
    let theta = (r[0] * r[0] + r[1] * r[1] + r[2] * r[2]).sqrt();
    if theta < f64::EPSILON {
        return identity_f32();
    }
    let c = math::cos(theta);
    let s = math::sin(theta);
    let c1 = 1.0 - c;
    let itheta = if theta != 0.0 { 1.0 / theta } else { 0.0 };
    for v in &mut r {
        *v *= itheta;
    }
    let rrt = [
        [r[0] * r[0], r[0] * r[1], r[0] * r[2]],
        [r[0] * r[1], r[1] * r[1], r[1] * r[2]],
        [r[0] * r[2], r[1] * r[2], r[2] * r[2]],
    ];
    let r_x = [[0.0, -r[2], r[1]], [r[2], 0.0, -r[0]], [-r[1], r[0], 0.0]];
    let mut out = [[0.0f32; 3]; 3];
    for i in 0..3 {
        for j in 0..3 {
            let eye = if i == j { 1.0 } else { 0.0 };
            out[i][j] = ((c * eye + c1 * rrt[i][j]) + s * r_x[i][j]) as f32;
        }
    }
    out
}

/// Axis-angle vector from a rotation matrix (`Utilities::RotationMatrix2AxisAngle`, i.e.
/// `cv::Rodrigues` matrix → vector): the matrix is converted to double, orthogonalised as `U·Vᵀ`
/// of OpenCV's Jacobi SVD, then the angle comes from `acos` of the trace and the axis from the
/// skew part, with OpenCV's special cases near 0 and π. A matrix with an element outside
/// `[-100, 100)` (or NaN) gives zeros, as OpenCV's range check does.
pub fn rotation_matrix_to_axis_angle(rotation: &Mat3f) -> [f32; 3] {
    let m: Mat3d = rotation.map(|row| row.map(|v| v as f64));
    if m.iter().flatten().any(|&v| !(-100.0..100.0).contains(&v)) {
        return [0.0; 3];
    }
    let (_, u, vt) = svd_3x3(&m);
    let rr = matx_mul(&u, &vt);

    let mut r = [
        rr[2][1] - rr[1][2],
        rr[0][2] - rr[2][0],
        rr[1][0] - rr[0][1],
    ];
    let s = ((r[0] * r[0] + r[1] * r[1] + r[2] * r[2]) * 0.25).sqrt();
    let c = ((rr[0][0] + rr[1][1] + rr[2][2] - 1.0) * 0.5).clamp(-1.0, 1.0);
    let mut theta = math::acos(c);

    if s < 1e-5 {
        if c > 0.0 {
            r = [0.0; 3];
        } else {
            let half_plus_one = |v: f64| ((v + 1.0) * 0.5).max(0.0).sqrt();
            r[0] = half_plus_one(rr[0][0]);
            r[1] = half_plus_one(rr[1][1]) * if rr[0][1] < 0.0 { -1.0 } else { 1.0 };
            r[2] = half_plus_one(rr[2][2]) * if rr[0][2] < 0.0 { -1.0 } else { 1.0 };
            if r[0].abs() < r[1].abs()
                && r[0].abs() < r[2].abs()
                && (rr[1][2] > 0.0) != (r[1] * r[2] > 0.0)
            {
                r[2] = -r[2];
            }
            theta /= (r[0] * r[0] + r[1] * r[1] + r[2] * r[2]).sqrt();
            for v in &mut r {
                *v *= theta;
            }
        }
    } else {
        let mut vth = 1.0 / (2.0 * s);
        vth *= theta;
        for v in &mut r {
            *v *= vth;
        }
    }
    r.map(|v| v as f32)
}

/// Nearest rotation to `r` (`PDM::Orthonormalise`): `U·diag(1, 1, det(U·Vᵀ))·Vᵀ` from OpenCV's
/// float Jacobi SVD, products in float as OpenCV's small-matrix `gemm`, the determinant in
/// double and stored as `f32`.
pub fn orthonormalise(r: &Mat3f) -> Mat3f {
    let (_, u, vt) = svd_3x3(r);
    let x = matx_mul(&u, &vt);
    let mut w = identity_f32();
    w[2][2] = determinant_3x3(&x) as f32;
    matx_mul(&matx_mul(&u, &w), &vt)
}

/// Matrix product `a·b` as `cv::Matx` computes it (and as OpenCV's 3×3 `gemm` special case does
/// for float): each element summed left to right in the element type, no fused multiply-add.
pub fn matx_mul<T: SvdScalar>(a: &[[T; 3]; 3], b: &[[T; 3]; 3]) -> [[T; 3]; 3] {
    let mut out = [[T::ZERO; 3]; 3];
    for (i, row) in out.iter_mut().enumerate() {
        for (j, v) in row.iter_mut().enumerate() {
            *v = a[i][0] * b[0][j] + a[i][1] * b[1][j] + a[i][2] * b[2][j];
        }
    }
    out
}

/// `cv::determinant` of a 3×3 float matrix: the cofactor expansion in double.
pub fn determinant_3x3(m: &Mat3f) -> f64 {
    let d = |i: usize, j: usize| m[i][j] as f64;
    d(0, 0) * (d(1, 1) * d(2, 2) - d(1, 2) * d(2, 1))
        - d(0, 1) * (d(1, 0) * d(2, 2) - d(1, 2) * d(2, 0))
        + d(0, 2) * (d(1, 0) * d(2, 1) - d(1, 1) * d(2, 0))
}

fn identity_f32() -> Mat3f {
    [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]]
}

/// Singular value decomposition of a 3×3 matrix as `cv::SVD::compute` does it for matrices
/// this small (OpenCV's one-sided Jacobi `JacobiSVDImpl_`, `svd`, not LAPACK):
/// returns `(w, u, vt)` with `a = u·diag(w)·vt`, singular values in decreasing order.
pub fn svd_3x3<T: SvdScalar>(a: &[[T; 3]; 3]) -> ([T; 3], [[T; 3]; 3], [[T; 3]; 3]) {
    svd(a)
}

/// The first half of `Utilities::AlignShapesWithScale` on one shape of `n × 2` points, in place:
/// each coordinate minus its column's `cv::mean` (a double sum times `1/n`), then divided
/// (as a multiplication by the float `1/rms`) by the RMS radius
/// `rms = sqrt(cv::sum(points²) / n)` (`sum_f32` over the squares in memory order).
/// Returns `rms`, which is 0 or not finite for a degenerate shape; the caller decides what that
/// means (OpenFace goes on with infinities).
pub fn normalise_shape(points: &mut [[f32; 2]]) -> f32 {
    let n = points.len();
    let inv_n = 1.0 / n as f64;
    for axis in 0..2 {
        let sum = points
            .iter()
            .fold(0.0f64, |acc, p| acc + f64::from(p[axis]));
        let mean = (sum * inv_n) as f32;
        points.iter_mut().for_each(|p| p[axis] -= mean);
    }
    let squares: Vec<f32> = points
        .iter()
        .flat_map(|p| [p[0] * p[0], p[1] * p[1]])
        .collect();
    let rms = (sum_f32(&squares) / n as f64).sqrt() as f32;
    let inv = (1.0f64 / f64::from(rms)) as f32;
    for p in points.iter_mut() {
        p[0] *= inv;
        p[1] *= inv;
    }
    rms
}

/// `Utilities::AlignShapesKabsch2D`: the rotation `R = V·diag(1, ±1)·Uᵀ` taking the normalised
/// `from` points onto `to`. `fromᵀ·to` is OpenCV's float `gemm` with `GEMM_1_T`
/// (`GEMMSingleMul`: per entry a double sum from zero in point order, rounded to float); the
/// SVD is `cv::SVD`'s (`svd`, float); the later 2×2 products are float gemms of two terms
/// in double and the determinant is taken in double.
pub fn kabsch_2d(from: &[[f32; 2]], to: &[[f32; 2]]) -> [[f32; 2]; 2] {
    let (_, u, vt) = svd(&cross_covariance(from, to));
    let dot2 = |a0: f32, b0: f32, a1: f32, b1: f32| {
        (f64::from(a0) * f64::from(b0) + f64::from(a1) * f64::from(b1)) as f32
    };
    // det(Vᵀᵀ·Uᵀ): the float product, then the determinant in double.
    let mut p = [[0f32; 2]; 2];
    for (i, row) in p.iter_mut().enumerate() {
        for (j, v) in row.iter_mut().enumerate() {
            *v = dot2(vt[0][i], u[j][0], vt[1][i], u[j][1]);
        }
    }
    let det = f64::from(p[0][0]) * f64::from(p[1][1]) - f64::from(p[0][1]) * f64::from(p[1][0]);
    let corr = [1.0f32, if det > 0.0 { 1.0 } else { -1.0 }];
    // R = (V·corr)·Uᵀ, two float gemms.
    let mut vc = [[0f32; 2]; 2];
    for (i, row) in vc.iter_mut().enumerate() {
        for (j, v) in row.iter_mut().enumerate() {
            let c0 = if j == 0 { corr[0] } else { 0.0 };
            let c1 = if j == 1 { corr[1] } else { 0.0 };
            *v = dot2(vt[0][i], c0, vt[1][i], c1);
        }
    }
    let mut r = [[0f32; 2]; 2];
    for (i, row) in r.iter_mut().enumerate() {
        for (j, v) in row.iter_mut().enumerate() {
            *v = dot2(vc[i][0], u[j][0], vc[i][1], u[j][1]);
        }
    }
    r
}

/// `fromᵀ·to` for two `n × 2` float matrices as OpenCV 4.6's `gemm(.., GEMM_1_T)` computes it
/// (`GEMMSingleMul<float, double>`, `A·B` path after the transpose): each entry a double sum
/// from zero in point order, rounded to float.
fn cross_covariance(from: &[[f32; 2]], to: &[[f32; 2]]) -> [[f32; 2]; 2] {
    let mut h = [[0f32; 2]; 2];
    for (i, row) in h.iter_mut().enumerate() {
        for (j, v) in row.iter_mut().enumerate() {
            let dot = from.iter().zip(to).fold(0.0f64, |acc, (a, b)| {
                acc + f64::from(a[i]) * f64::from(b[j])
            });
            *v = dot as f32;
        }
    }
    h
}

/// `Utilities::AlignShapesWithScale(src, dst)`: the 2×2 scale-rotation taking the
/// mean-normalised `src` onto `dst` ([`normalise_shape`] of each, the scale `rms_dst / rms_src`,
/// the rotation [`kabsch_2d`]). Degenerate shapes give non-finite entries, as in OpenFace.
pub fn align_shapes_with_scale(src: &[[f32; 2]], dst: &[[f32; 2]]) -> [[f32; 2]; 2] {
    let (mut a, mut b) = (src.to_vec(), dst.to_vec());
    let s = normalise_shape(&mut b) / normalise_shape(&mut a);
    kabsch_2d(&a, &b).map(|row| row.map(|v| s * v))
}

#[cfg(test)]
mod tests {
    //! Each helper against the OpenCV 4.6 routine OpenFace calls, bit for bit.
    use super::*;
    use opencv::core::{self as cv, Mat};
    use opencv::prelude::*;

    use crate::test_support::Rng;

    fn mat3<T: opencv::core::DataType>(m: &[[T; 3]; 3]) -> Mat {
        Mat::from_slice_2d(m).expect("3×3 Mat")
    }

    fn read3<T: opencv::core::DataType + Copy>(m: &Mat) -> Vec<T> {
        m.data_typed::<T>().expect("continuous Mat").to_vec()
    }

    fn flat<T: Copy>(m: &[[T; 3]; 3]) -> Vec<T> {
        m.iter().flatten().copied().collect()
    }

    /// Small-angle matrices as `UpdateModelParameters` builds them, plus rotations and general
    /// matrices.
    fn test_matrices(rng: &mut Rng) -> Vec<Mat3f> {
        let mut out = Vec::new();
        for scale in [1e-6f32, 1e-4, 1e-2, 0.2] {
            for _ in 0..200 {
                let (a, b, c) = (rng.next() * scale, rng.next() * scale, rng.next() * scale);
                out.push([[1.0, -c, b], [c, 1.0, -a], [-b, a, 1.0]]);
            }
        }
        for _ in 0..200 {
            out.push(euler_to_rotation_matrix([
                rng.next() * 1.5,
                rng.next() * 1.5,
                rng.next() * 3.0,
            ]));
            out.push([
                [rng.next(), rng.next(), rng.next()],
                [rng.next(), rng.next(), rng.next()],
                [rng.next(), rng.next(), rng.next()],
            ]);
        }
        out
    }

    #[test]
    fn svd_matches_opencv() {
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
        for (t, m) in test_matrices(&mut rng).into_iter().enumerate() {
            let (w, u, vt) = svd_3x3(&m);
            let (mut cw, mut cu, mut cvt) = (Mat::default(), Mat::default(), Mat::default());
            cv::sv_decomp(&mat3(&m), &mut cw, &mut cu, &mut cvt, cv::SVD_MODIFY_A).expect("SVD");
            assert_eq!(w.to_vec(), read3::<f32>(&cw), "f32 w, matrix {t}: {m:?}");
            assert_eq!(flat(&u), read3::<f32>(&cu), "f32 u, matrix {t}");
            assert_eq!(flat(&vt), read3::<f32>(&cvt), "f32 vt, matrix {t}");

            let md: Mat3d = m.map(|r| r.map(|v| v as f64 * 1.000_000_1));
            let (w, u, vt) = svd_3x3(&md);
            cv::sv_decomp(&mat3(&md), &mut cw, &mut cu, &mut cvt, 0).expect("SVD");
            assert_eq!(w.to_vec(), read3::<f64>(&cw), "f64 w, matrix {t}");
            assert_eq!(flat(&u), read3::<f64>(&cu), "f64 u, matrix {t}");
            assert_eq!(flat(&vt), read3::<f64>(&cvt), "f64 vt, matrix {t}");
        }
    }

    #[test]
    fn rodrigues_matches_opencv() {
        let mut rng = Rng(0x0123_4567_89ab_cdef);
        for (t, m) in test_matrices(&mut rng).into_iter().enumerate() {
            let mut cv_vec = Mat::default();
            opencv::calib3d::rodrigues_def(&mat3(&m), &mut cv_vec).expect("Rodrigues");
            let ours = rotation_matrix_to_axis_angle(&m);
            assert_eq!(
                ours.to_vec(),
                read3::<f32>(&cv_vec),
                "matrix → vector, matrix {t}: {m:?}"
            );

            let mut cv_mat = Mat::default();
            let v = Mat::from_slice(&ours)
                .expect("vector")
                .try_clone()
                .expect("clone");
            opencv::calib3d::rodrigues_def(&v, &mut cv_mat).expect("Rodrigues");
            let back = axis_angle_to_rotation_matrix(ours);
            assert_eq!(
                flat(&back),
                read3::<f32>(&cv_mat),
                "vector → matrix, matrix {t}"
            );
        }
        // Angles near π take OpenCV's special branch.
        for axis in [[1.0f32, 0.0, 0.0], [0.0, 0.6, 0.8], [0.48, 0.6, 0.64]] {
            let aa = axis.map(|a| a * std::f32::consts::PI);
            let m = axis_angle_to_rotation_matrix(aa);
            let mut cv_vec = Mat::default();
            opencv::calib3d::rodrigues_def(&mat3(&m), &mut cv_vec).expect("Rodrigues");
            assert_eq!(
                rotation_matrix_to_axis_angle(&m).to_vec(),
                read3::<f32>(&cv_vec),
                "near π: {axis:?}"
            );
        }
        // Out of OpenCV's range check: zeros.
        let big = [[200.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]];
        assert_eq!(rotation_matrix_to_axis_angle(&big), [0.0; 3]);
    }

    /// `PDM::Orthonormalise` rebuilt from the OpenCV calls it makes.
    #[test]
    fn orthonormalise_matches_opencv_composition() {
        let mut rng = Rng(0xdead_beef_0bad_f00d);
        for (t, m) in test_matrices(&mut rng).into_iter().enumerate() {
            let (mut w, mut u, mut vt) = (Mat::default(), Mat::default(), Mat::default());
            cv::sv_decomp(&mat3(&m), &mut w, &mut u, &mut vt, cv::SVD_MODIFY_A).expect("SVD");
            let mut x = Mat::default();
            cv::gemm(&u, &vt, 1.0, &cv::no_array(), 0.0, &mut x, 0).expect("gemm");
            let det = cv::determinant(&x).expect("determinant");
            let wm = mat3(&[[1.0f32, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, det as f32]]);
            let (mut uw, mut rt) = (Mat::default(), Mat::default());
            cv::gemm(&u, &wm, 1.0, &cv::no_array(), 0.0, &mut uw, 0).expect("gemm");
            cv::gemm(&uw, &vt, 1.0, &cv::no_array(), 0.0, &mut rt, 0).expect("gemm");
            assert_eq!(
                flat(&orthonormalise(&m)),
                read3::<f32>(&rt),
                "matrix {t}: {m:?}"
            );
        }
    }

    #[test]
    fn euler_conversions_round_trip() {
        let mut rng = Rng(7);
        for _ in 0..500 {
            let e = [rng.next() * 1.2, rng.next() * 1.2, rng.next() * 1.2];
            let back = rotation_matrix_to_euler(&euler_to_rotation_matrix(e));
            for k in 0..3 {
                assert!((back[k] - e[k]).abs() < 2e-6, "{e:?} → {back:?}");
            }
            let via_axis = axis_angle_to_euler(euler_to_axis_angle(e));
            for k in 0..3 {
                assert!((via_axis[k] - e[k]).abs() < 2e-6, "{e:?} → {via_axis:?}");
            }
        }
        // R = Rx·Ry·Rz: a pure yaw rotates x towards −z.
        let r = euler_to_rotation_matrix([0.0, std::f32::consts::FRAC_PI_2, 0.0]);
        assert!((r[0][2] - 1.0).abs() < 1e-7 && (r[2][0] + 1.0).abs() < 1e-7);
        assert_eq!(euler_to_rotation_matrix([0.0; 3]), identity_f32());
    }
    #[test]
    fn alignment_of_a_rotated_scaled_copy() {
        let src = [
            [0.0f32, 0.0],
            [1.0, 1.0],
            [2.0, 0.0],
            [0.5, 2.0],
            [3.0, 1.5],
        ];
        let (c, s) = (0.3f32.cos() * 2.0, 0.3f32.sin() * 2.0);
        let dst = src.map(|[x, y]| [c * x - s * y + 7.0, s * x + c * y - 3.0]);
        let a = align_shapes_with_scale(&src, &dst);
        for (x, y) in a.as_flattened().iter().zip([c, -s, s, c]) {
            assert!((x - y).abs() < 1e-5, "{a:?}");
        }
        // A mirrored copy still gets a rotation (determinant +1), not a reflection.
        let mirrored = src.map(|[x, y]| [-x, y]);
        let r = kabsch_2d(&src, &mirrored);
        let det = r[0][0] * r[1][1] - r[0][1] * r[1][0];
        assert!((det - 1.0).abs() < 1e-5, "{r:?}");
    }

    /// The cross-covariance `fromᵀ·to` against OpenCV's `gemm` with `GEMM_1_T`, bit for bit.
    #[test]
    fn cross_covariance_matches_opencv_gemm() {
        let mut rng = crate::test_support::Rng(0x0dd_ba11_5eed);
        let mut mismatches = 0;
        for trial in 0..3000 {
            let n = [24usize, 51, 68, 5, 7][trial % 5];
            let mut points = || -> Vec<[f32; 2]> {
                (0..n)
                    .map(|_| [rng.next() * 3.0 - 1.5, rng.next() * 3.0 - 1.5])
                    .collect()
            };
            let (a, b) = (points(), points());
            let ma = Mat::new_rows_cols_with_data(n as i32, 2, a.as_flattened()).unwrap();
            let mb = Mat::new_rows_cols_with_data(n as i32, 2, b.as_flattened()).unwrap();
            let mut out = Mat::default();
            cv::gemm(&ma, &mb, 1.0, &cv::no_array(), 0.0, &mut out, cv::GEMM_1_T).unwrap();
            let theirs = out.data_typed::<f32>().unwrap();
            let ours = cross_covariance(&a, &b);
            mismatches += ours
                .as_flattened()
                .iter()
                .zip(theirs)
                .filter(|(x, y)| x.to_bits() != y.to_bits())
                .count();
        }
        assert_eq!(mismatches, 0);
    }

    /// `cv::sum` and `cv::mean` (of a column) on n × 2 float shapes, as `AlignShapesWithScale`
    /// calls them, against OpenCV itself, bit for bit. OpenCV picks its `sum` kernel by CPU;
    /// the emulated one is its AVX-512 kernel, which the reference data was made with.
    #[test]
    fn opencv_sum_and_mean_match_opencv() {
        #[cfg(target_arch = "x86_64")]
        let avx512 = std::arch::is_x86_feature_detected!("avx512f");
        #[cfg(not(target_arch = "x86_64"))]
        let avx512 = false;
        let mut rng = crate::test_support::Rng(0x5eed_0123_4567_89ab);
        let (mut sums, mut means) = (0usize, 0usize);
        for trial in 0..3000 {
            let n = [28usize, 51, 68, 5, 7][trial % 5];
            let v: Vec<f32> = (0..2 * n)
                .map(|_| rng.next() * 300.0 * rng.next() * 300.0)
                .collect();
            let m = Mat::new_rows_cols_with_data(n as i32, 2, &v).unwrap();
            let cv_sum = cv::sum_elems(&m).unwrap()[0];
            sums += (cv_sum.to_bits() != sum_f32(&v).to_bits()) as usize;
            let col = m.col(0).unwrap();
            let cv_mean = cv::mean(&col, &cv::no_array()).unwrap()[0] as f32;
            let seq: f64 = (0..n).map(|i| v[2 * i] as f64).sum();
            means += (cv_mean.to_bits() != ((seq * (1.0 / n as f64)) as f32).to_bits()) as usize;
        }
        eprintln!("AVX-512: {avx512}; sum mismatches {sums}, mean mismatches {means} of 3000");
        assert_eq!(means, 0);
        if avx512 {
            assert_eq!(sums, 0);
        }
    }
}
