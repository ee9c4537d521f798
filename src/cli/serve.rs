//! `iepress serve`: the school's folder as a local web app in the browser.

use std::io::{BufRead, Write};
use std::net::{Ipv4Addr, SocketAddr};
use std::path::PathBuf;

use super::Failed;

#[derive(Debug, clap::Args)]
pub(super) struct Args {
    /// The school's folder (with school.yaml and plans/); by default the current folder.
    #[arg(default_value = ".")]
    school_dir: PathBuf,
    /// The port to listen on (0: any free port).
    #[arg(long, default_value_t = 8410)]
    port: u16,
    /// Listen on this address instead, such as 0.0.0.0:8410 for the school's network: then
    /// the app asks for the password set with --set-password.
    #[arg(long, value_name = "ADDR:PORT", conflicts_with = "port")]
    listen: Option<SocketAddr>,
    /// Set the app's password for the school's network (read from the keyboard, or from
    /// standard input), kept hashed in the school's folder; then exit.
    #[arg(long)]
    set_password: bool,
}

pub(super) fn run(args: Args) -> Result<(), Failed> {
    if args.set_password {
        eprintln!(
            "the password for iepress on the school's network (at least {} characters), then Enter:",
            iepress::serve::access::MIN_PASSWORD
        );
        let mut password = String::new();
        std::io::stdin()
            .lock()
            .read_line(&mut password)
            .map_err(|e| iepress::Diagnostic::new(format!("no password was read ({e})")))?;
        iepress::serve::access::set_password(&args.school_dir, &password)?;
        eprintln!(
            "the password is set ({} in the school's folder holds its hash)",
            iepress::serve::access::PASSWORD_FILE
        );
        return Ok(());
    }
    let mut app = iepress::serve::App::new(args.school_dir)?;
    // This computer only, unless --listen says otherwise: then the password is asked for.
    let addr = args
        .listen
        .unwrap_or_else(|| SocketAddr::from((Ipv4Addr::LOCALHOST, args.port)));
    if !addr.ip().is_loopback() {
        app = app.with_password()?;
    }
    iepress::serve::serve(app, addr, |local| {
        // Written without `println!`, which panics when the reader goes away.
        let mut out = std::io::stdout().lock();
        let _ = writeln!(out, "http://{local}/");
        let _ = out.flush();
        if local.ip().is_loopback() {
            eprintln!("iepress serve: the school's plans on this computer only; Ctrl-C stops it");
        } else {
            eprintln!(
                "iepress serve: on the school's network, with the school's password; Ctrl-C stops it"
            );
        }
    })?;
    Ok(())
}
