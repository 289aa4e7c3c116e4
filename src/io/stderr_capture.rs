//! Keeps C libraries from printing on the process's stderr: while a call runs, file
//! descriptor 2 points at an anonymous temporary file, and what was written there is returned
//! to the caller (libjpeg's "Premature end of JPEG file", OpenCV's `imread_` warnings). Calls
//! are serialised; anything another thread writes to stderr during one lands in the capture
//! too (the CLI writes nothing then). Without a capture (not Unix, or no descriptor free) the
//! call simply runs.

/// Runs `f` with stderr captured; returns its result and the captured text.
#[cfg(unix)]
pub(crate) fn capture_stderr<T>(f: impl FnOnce() -> T) -> (T, String) {
    use std::io::{Read, Seek};
    use std::os::fd::AsRawFd;
    static LOCK: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let _guard = LOCK.lock().unwrap_or_else(|e| e.into_inner());
    let Ok(mut file) = tempfile::tempfile() else {
        return (f(), String::new());
    };
    // SAFETY: plain descriptor calls; descriptor 2 is restored before returning.
    let saved = unsafe {
        libc::fflush(std::ptr::null_mut());
        let saved = libc::dup(2);
        if saved >= 0 && libc::dup2(file.as_raw_fd(), 2) < 0 {
            libc::close(saved);
            -1
        } else {
            saved
        }
    };
    if saved < 0 {
        return (f(), String::new());
    }
    let result = f();
    // SAFETY: as above; `saved` is the original stderr.
    unsafe {
        libc::fflush(std::ptr::null_mut());
        libc::dup2(saved, 2);
        libc::close(saved);
    }
    let mut text = String::new();
    if file.rewind().is_ok() {
        let mut bytes = Vec::new();
        // At most 64 KiB of messages are kept.
        let _ = (&mut file).take(64 << 10).read_to_end(&mut bytes);
        text = String::from_utf8_lossy(&bytes).into_owned();
    }
    (result, text)
}

/// Runs `f` (nothing to capture off Unix).
#[cfg(not(unix))]
pub(crate) fn capture_stderr<T>(f: impl FnOnce() -> T) -> (T, String) {
    (f(), String::new())
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn c_writes_to_stderr_are_captured() {
        let (value, text) = capture_stderr(|| {
            let msg = b"from C\n";
            // SAFETY: writes a valid buffer to descriptor 2.
            unsafe { libc::write(2, msg.as_ptr().cast(), msg.len()) };
            7
        });
        assert_eq!(value, 7);
        assert_eq!(text, "from C\n");
    }
}
