//! The pixel size an image file declares in its header (PNG, JPEG, BMP), read before the image
//! is decoded so an implausibly large one is refused instead of allocated.

use std::io::Read;
use std::path::Path;

/// Images of a sequence may hold at most this many pixels (8192 × 8192: 192 MiB as BGR, and
/// about 1 GB with the tracker's working copies). OpenCV's own limit (2^30 pixels,
/// `OPENCV_IO_MAX_IMAGE_PIXELS`) would let one frame take several gigabytes.
pub(crate) const MAX_IMAGE_PIXELS: u64 = 1 << 26;

/// `(width, height)` from the header of the image file at `path`, when its format is known
/// and the header is readable; `None` otherwise (the decoder then decides).
pub(crate) fn declared_size(path: &Path) -> Option<(u64, u64)> {
    let mut head = Vec::with_capacity(64 << 10);
    std::fs::File::open(path)
        .ok()?
        .take(64 << 10)
        .read_to_end(&mut head)
        .ok()?;
    parse(&head)
}

fn parse(b: &[u8]) -> Option<(u64, u64)> {
    let be32 = |i: usize| Some(u32::from_be_bytes(b.get(i..i + 4)?.try_into().ok()?) as u64);
    let le32 = |i: usize| Some(i32::from_le_bytes(b.get(i..i + 4)?.try_into().ok()?));
    let be16 = |i: usize| Some(u16::from_be_bytes(b.get(i..i + 2)?.try_into().ok()?) as u64);
    if b.starts_with(b"\x89PNG\r\n\x1a\n") && b.get(12..16) == Some(b"IHDR") {
        return Some((be32(16)?, be32(20)?));
    }
    if b.starts_with(b"BM") {
        let (w, h) = (le32(18)?, le32(22)?);
        return Some((w.unsigned_abs() as u64, h.unsigned_abs() as u64));
    }
    if b.starts_with(&[0xFF, 0xD8]) {
        // Walk the marker segments to the first start-of-frame.
        let mut i = 2;
        while i + 4 <= b.len() {
            if b[i] != 0xFF {
                return None;
            }
            let marker = b[i + 1];
            if marker == 0xFF {
                i += 1;
                continue;
            }
            let len = be16(i + 2)? as usize;
            let sof = (0xC0..=0xCF).contains(&marker) && ![0xC4, 0xC8, 0xCC].contains(&marker);
            if sof {
                return Some((be16(i + 7)?, be16(i + 5)?));
            }
            i += 2 + len;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_of_encoded_images() {
        let dir = tempfile::tempdir().unwrap();
        let image = opencv::core::Mat::new_rows_cols_with_default(
            3,
            5,
            opencv::core::CV_8UC3,
            opencv::core::Scalar::all(9.0),
        )
        .unwrap();
        for ext in ["png", "jpg", "bmp"] {
            let path = dir.path().join(format!("x.{ext}"));
            let name = path.to_str().unwrap();
            assert!(crate::io::opencv_on_demand::imwrite(name, &image).unwrap());
            assert_eq!(declared_size(&path), Some((5, 3)), "{ext}");
        }
        assert_eq!(parse(b"not an image"), None);
        assert_eq!(parse(b"\xFF\xD8\xFF"), None);
    }
}
