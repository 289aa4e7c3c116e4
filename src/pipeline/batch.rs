//! Folders of recordings: which files of a folder are inputs, and where each one's CSV goes.
//! OpenFace's `FeatureExtraction -fdir` treats a folder as one image sequence; a folder of
//! video files is what `-f A -f B …` would take one by one. Here every video in the folder (and,
//! with `recursive`, its subfolders) is one input, and its CSV mirrors the relative path under
//! the output folder, so recordings with the same name in different subfolders do not collide.
//! A job array splits the sorted list with [`super::shard::Shard`].

use crate::error::{Error, Result};
use std::path::{Path, PathBuf};

/// File extensions (lower case) taken as videos.
pub const VIDEO_EXTENSIONS: [&str; 12] = [
    "avi", "mp4", "mov", "mkv", "wmv", "webm", "m4v", "mpg", "mpeg", "flv", "mts", "3gp",
];

/// Whether `path` has a video extension (case-insensitive).
pub fn is_video(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| VIDEO_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
}

/// The video files under `dir`, sorted by path; subfolders too when `recursive`. Hidden files
/// and folders (name starting with `.`) are skipped.
///
/// # Errors
/// [`Error::Io`] when `dir` or a subfolder cannot be listed; [`Error::Invalid`] when `dir` is
/// not a folder.
pub fn find_recordings(dir: &Path, recursive: bool) -> Result<Vec<PathBuf>> {
    if !dir.is_dir() {
        return Err(Error::Invalid(format!("{} is not a folder", dir.display())));
    }
    let mut found = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(folder) = pending.pop() {
        for entry in std::fs::read_dir(&folder).map_err(|e| Error::io(&folder, e))? {
            let entry = entry.map_err(|e| Error::io(&folder, e))?;
            let path = entry.path();
            if entry.file_name().to_string_lossy().starts_with('.') {
                continue;
            }
            let kind = entry.file_type().map_err(|e| Error::io(&path, e))?;
            // Follow links to files and folders like any other entry.
            let is_dir = kind.is_dir() || (kind.is_symlink() && path.is_dir());
            if is_dir {
                if recursive {
                    pending.push(path);
                }
            } else if is_video(&path) {
                found.push(path);
            }
        }
    }
    found.sort();
    Ok(found)
}

/// Where the CSV of `input` (found under `root`) goes: its path relative to `root` under
/// `out_dir`, with the extension replaced by `csv`.
/// An input outside `root` keeps only its file name.
pub fn output_path(root: &Path, input: &Path, out_dir: &Path) -> PathBuf {
    let relative = match input.strip_prefix(root) {
        Ok(relative) => relative.to_path_buf(),
        Err(_) => input.file_name().map(PathBuf::from).unwrap_or_default(),
    };
    out_dir.join(relative).with_extension("csv")
}

/// `input`'s path relative to `root` with `/` between folders (its file name when outside
/// `root`): how a manifest names a recording.
pub fn relative_name(root: &Path, input: &Path) -> String {
    let relative = input
        .strip_prefix(root)
        .ok()
        .or_else(|| input.file_name().map(Path::new))
        .unwrap_or(input);
    relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_videos_sorted_and_mirrors_their_paths() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir_all(root.join("b/nested")).unwrap();
        std::fs::create_dir_all(root.join(".hidden")).unwrap();
        for f in [
            "z.MP4",
            "a.avi",
            "notes.txt",
            "b/clip.wmv",
            "b/nested/x.mov",
            ".hidden/h.avi",
            ".dot.avi",
        ] {
            std::fs::write(root.join(f), b"").unwrap();
        }
        let flat = find_recordings(root, false).unwrap();
        assert_eq!(flat, vec![root.join("a.avi"), root.join("z.MP4")]);
        let deep = find_recordings(root, true).unwrap();
        assert_eq!(
            deep,
            vec![
                root.join("a.avi"),
                root.join("b/clip.wmv"),
                root.join("b/nested/x.mov"),
                root.join("z.MP4"),
            ]
        );
        let out = Path::new("/out");
        assert_eq!(
            output_path(root, &root.join("b/nested/x.mov"), out),
            Path::new("/out/b/nested/x.csv")
        );
        assert_eq!(
            relative_name(root, &root.join("b/nested/x.mov")),
            "b/nested/x.mov"
        );
        assert_eq!(relative_name(root, Path::new("/elsewhere/y.avi")), "y.avi");
        assert!(find_recordings(&root.join("a.avi"), false).is_err());
    }
}
