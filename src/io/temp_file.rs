//! Temporary files beside an output, renamed into place when complete. They are created with
//! the mode an ordinary file gets (0666 masked by the process's umask, applied by the kernel at
//! creation, so no umask is read or changed), not `tempfile`'s private 0600, which a rename
//! would carry over to the final file.

use std::path::Path;

/// A named temporary file in `dir` (`PREFIX…SUFFIX`), created with the umask's mode.
///
/// # Errors
/// When the file cannot be created in `dir`.
pub(crate) fn named_temp_in(
    dir: &Path,
    prefix: &str,
    suffix: &str,
) -> std::io::Result<tempfile::NamedTempFile> {
    let mut builder = tempfile::Builder::new();
    builder.prefix(prefix).suffix(suffix);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    builder.tempfile_in(dir)
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    #[test]
    fn mode_is_that_of_a_plain_new_file() {
        let dir = tempfile::tempdir().unwrap();
        let plain = dir.path().join("plain");
        std::fs::File::create(&plain).unwrap();
        let expected = std::fs::metadata(&plain).unwrap().permissions().mode() & 0o777;
        let tmp = named_temp_in(dir.path(), ".x-", ".tmp").unwrap();
        let dest = dir.path().join("dest");
        tmp.persist(&dest).unwrap();
        let got = std::fs::metadata(&dest).unwrap().permissions().mode() & 0o777;
        assert_eq!(got, expected);
    }
}
