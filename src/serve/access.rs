//! Who may use the app when it listens on the school's network (`--listen`): whoever knows
//! the password the office set (`iepress serve --set-password`, kept in the school's folder
//! as an Argon2id hash, never as the password). A right password opens a session: a
//! random token in a cookie that scripts cannot read and other sites cannot send, for eight
//! hours. On this computer only (the default), no password is asked.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use axum::Form;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use super::{App, not_from_the_app, random_hex};
use crate::diag::Diagnostic;

/// The file in the school's folder that holds the password's hash.
pub const PASSWORD_FILE: &str = ".iepress-password";

/// The shortest password the office may set.
pub const MIN_PASSWORD: usize = 10;

/// How long a session lasts.
const SESSION: Duration = Duration::from_secs(8 * 60 * 60);

/// The cookie a session is kept in.
const COOKIE: &str = "iepress-session";

fn password_path(school_dir: &Path) -> PathBuf {
    school_dir.join(PASSWORD_FILE)
}

/// Sets the app's password for the school (its hash written, readable by its owner only).
pub fn set_password(school_dir: &Path, password: &str) -> Result<(), Diagnostic> {
    let password = password.trim_end_matches(['\r', '\n']);
    if password.chars().count() < MIN_PASSWORD {
        return Err(Diagnostic::new(format!(
            "the password is too short: at least {MIN_PASSWORD} characters"
        ))
        .hint("a few words are easy to remember and hard to guess"));
    }
    let salt_bytes = random_bytes()?;
    let salt = SaltString::encode_b64(&salt_bytes)
        .map_err(|e| Diagnostic::new(format!("the password could not be kept ({e})")))?;
    let hash = Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map_err(|e| Diagnostic::new(format!("the password could not be kept ({e})")))?
        .to_string();
    let path = password_path(school_dir);
    crate::output::write_atomically(&path, format!("{hash}\n").as_bytes())
        .map_err(|e| e.diagnostic())?;
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).map_err(|e| {
        Diagnostic::in_file(
            &path,
            format!("its permissions could not be set ({e})"),
            "check the folder",
        )
    })?;
    Ok(())
}

/// The password's hash, as set for the school.
pub fn load(school_dir: &Path) -> Result<String, Diagnostic> {
    let path = password_path(school_dir);
    let text = std::fs::read_to_string(&path).map_err(|_| {
        Diagnostic::in_file(
            &path,
            "no password is set for the app on the school's network",
            "set one first: iepress serve SCHOOL_DIR --set-password (it reads it from the keyboard)",
        )
    })?;
    let hash = text.trim().to_owned();
    PasswordHash::new(&hash).map_err(|_| {
        Diagnostic::in_file(
            &path,
            "this is not a password hash",
            "set the password again with --set-password",
        )
    })?;
    Ok(hash)
}

fn random_bytes() -> Result<[u8; 16], Diagnostic> {
    let mut bytes = [0u8; 16];
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut bytes))
        .map_err(|e| Diagnostic::new(format!("no random numbers ({e})")))?;
    Ok(bytes)
}

/// The open sessions: token to when it ends.
#[derive(Default)]
pub struct Sessions(Mutex<HashMap<String, Instant>>);

impl Sessions {
    fn open(&self) -> Option<String> {
        let token = random_hex().ok()?;
        let mut open = self.0.lock().unwrap_or_else(|e| e.into_inner());
        let now = Instant::now();
        open.retain(|_, end| *end > now);
        open.insert(token.clone(), now + SESSION);
        Some(token)
    }

    fn valid(&self, token: &str) -> bool {
        let open = self.0.lock().unwrap_or_else(|e| e.into_inner());
        open.get(token).is_some_and(|end| *end > Instant::now())
    }

    fn close(&self, token: &str) {
        self.0
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .remove(token);
    }
}

/// The session token a request carries, if any.
fn session_of(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|c| c.trim().split_once('='))
        .find(|(name, _)| *name == COOKIE)
        .map(|(_, value)| value.to_owned())
}

/// Lets a request through when the app needs no password, or it comes with an open session;
/// sends anyone else to the sign-in page.
pub async fn require_login(
    State(app): State<std::sync::Arc<App>>,
    request: Request,
    next: Next,
) -> Response {
    let open_paths = ["/login", "/app.css", "/app.js"];
    if app.password.is_none() || open_paths.contains(&request.uri().path()) {
        return next.run(request).await;
    }
    if session_of(request.headers()).is_some_and(|t| app.sessions.valid(&t)) {
        return next.run(request).await;
    }
    if request.method() == axum::http::Method::GET {
        (StatusCode::SEE_OTHER, [(header::LOCATION, "/login")]).into_response()
    } else {
        app.error(
            StatusCode::UNAUTHORIZED,
            "Sign in first: this app asks for the school's password on the network.".to_owned(),
        )
    }
}

pub(super) async fn login_page(State(app): State<std::sync::Arc<App>>) -> Response {
    app.page(
        "login.html",
        minijinja::context! { school => app.school_name, current => "login", token => app.token },
    )
}

pub(super) async fn login(
    State(app): State<std::sync::Arc<App>>,
    headers: HeaderMap,
    Form(fields): Form<Vec<(String, String)>>,
) -> Response {
    if !super::from_the_app(&app, &headers, &fields) {
        return not_from_the_app(&app);
    }
    let Some(hash) = app.password.clone() else {
        return (StatusCode::SEE_OTHER, [(header::LOCATION, "/")]).into_response();
    };
    let password = fields
        .iter()
        .find(|(k, _)| k == "password")
        .map(|(_, v)| v.clone())
        .unwrap_or_default();
    // Checking takes a moment on purpose (Argon2), and a wrong password a second more, so
    // that guessing is slow.
    let right = tokio::task::spawn_blocking(move || {
        let right = PasswordHash::new(&hash).is_ok_and(|h| {
            Argon2::default()
                .verify_password(password.as_bytes(), &h)
                .is_ok()
        });
        if !right {
            std::thread::sleep(Duration::from_secs(1));
        }
        right
    })
    .await
    .unwrap_or(false);
    if !right {
        let mut page = app.page(
            "login.html",
            minijinja::context! { school => app.school_name, current => "login", token => app.token, wrong => true },
        );
        *page.status_mut() = StatusCode::UNAUTHORIZED;
        return page;
    }
    let Some(token) = app.sessions.open() else {
        return app.error(
            StatusCode::INTERNAL_SERVER_ERROR,
            "no session could be opened".to_owned(),
        );
    };
    let cookie = format!(
        "{COOKIE}={token}; HttpOnly; SameSite=Strict; Path=/; Max-Age={}",
        SESSION.as_secs()
    );
    Response::builder()
        .status(StatusCode::SEE_OTHER)
        .header(header::LOCATION, "/")
        .header(header::SET_COOKIE, cookie)
        .body(Body::empty())
        .unwrap_or_else(|_| StatusCode::INTERNAL_SERVER_ERROR.into_response())
}

pub(super) async fn logout(
    State(app): State<std::sync::Arc<App>>,
    headers: HeaderMap,
    Form(fields): Form<Vec<(String, String)>>,
) -> Response {
    if !super::from_the_app(&app, &headers, &fields) {
        return not_from_the_app(&app);
    }
    if let Some(token) = session_of(&headers) {
        app.sessions.close(&token);
    }
    Response::builder()
        .status(StatusCode::SEE_OTHER)
        .header(header::LOCATION, "/login")
        .header(
            header::SET_COOKIE,
            format!("{COOKIE}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0"),
        )
        .body(Body::empty())
        .unwrap_or_else(|_| StatusCode::INTERNAL_SERVER_ERROR.into_response())
}
