//! `iepress serve`: the school's folder as a local web app in the browser.

use std::io::Write;
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
}

pub(super) fn run(args: Args) -> Result<(), Failed> {
    let app = iepress::serve::App::new(args.school_dir)?;
    // This computer only: nobody else on the network reaches the school's plans.
    let addr = SocketAddr::from((Ipv4Addr::LOCALHOST, args.port));
    iepress::serve::serve(app, addr, |local| {
        // Written without `println!`, which panics when the reader goes away.
        let mut out = std::io::stdout().lock();
        let _ = writeln!(out, "http://{local}/");
        let _ = out.flush();
        eprintln!("iepress serve: the school's plans on this computer only; Ctrl-C stops it");
    })?;
    Ok(())
}
