//! Ctrl-C (SIGINT), SIGTERM and SIGHUP: the run's unfinished files are removed, then the
//! signal ends the process as it would have (so the exit status says how it ended).

/// The signals that stop a run and are cleaned up after.
const SIGNALS: [libc::c_int; 3] = [libc::SIGINT, libc::SIGTERM, libc::SIGHUP];

/// Takes the stopping signals in a thread of their own. Call it first, before any other
/// thread starts: the signals are blocked in this thread, and so in every thread it starts
/// (programs it runs start with none blocked: the standard library resets the mask).
pub(super) fn remove_unfinished_files_on_stop() {
    // SAFETY: sigemptyset initialises the set before it is read; sigaddset is given valid
    // signal numbers; a null old set is allowed.
    let set = unsafe {
        let mut set = std::mem::zeroed::<libc::sigset_t>();
        libc::sigemptyset(&mut set);
        for signal in SIGNALS {
            libc::sigaddset(&mut set, signal);
        }
        if libc::pthread_sigmask(libc::SIG_BLOCK, &set, std::ptr::null_mut()) != 0 {
            return;
        }
        set
    };
    let started = std::thread::Builder::new()
        .name("signals".into())
        .spawn(move || {
            let mut signal = 0;
            // SAFETY: the set is initialised and `signal` is a valid place to write.
            while unsafe { libc::sigwait(&set, &mut signal) } != 0 {}
            let (removed, _closed) = iepress::cleanup::remove_listed();
            if removed > 0 {
                eprintln!(
                    "stopped: removed {removed} unfinished {}",
                    if removed == 1 { "file" } else { "files" }
                );
            }
            // SAFETY: the default action restored and the signal unblocked in this thread,
            // raising it here ends the process as the signal would have.
            unsafe {
                libc::signal(signal, libc::SIG_DFL);
                let mut only = std::mem::zeroed::<libc::sigset_t>();
                libc::sigemptyset(&mut only);
                libc::sigaddset(&mut only, signal);
                libc::pthread_sigmask(libc::SIG_UNBLOCK, &only, std::ptr::null_mut());
                libc::raise(signal);
            }
            // Each of these signals ends the process by default: not reached.
            std::process::exit(128 + signal);
        });
    if started.is_err() {
        // Without the thread the signals would be held back for ever: take them as before.
        // SAFETY: as above.
        unsafe { libc::pthread_sigmask(libc::SIG_UNBLOCK, &set, std::ptr::null_mut()) };
    }
}
