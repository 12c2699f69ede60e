//! What the browser tests share: a static server for `dist/` on 127.0.0.1 (under a sub-path and
//! with a strict Content Security Policy, as a real host might serve it), and a headless
//! Chromium driven through chromedriver.
//!
//! `dist/` must have been built first (`trunk build --release`); `scripts/test` does that.

#![allow(dead_code)] // Each test file uses its own part of this module.

use fantoccini::{Client, ClientBuilder, Locator};
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::os::unix::process::CommandExt as _;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// The sub-path the dashboard is served under, to prove its URLs are relative.
pub const BASE: &str = "/portal/data/dashboard/";

/// The policy the test server sends: no inline script or style, nothing from another origin.
pub const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; \
                       img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'";

/// How long a test waits for the page before failing: generous, as CI machines can be busy.
pub const PATIENCE: Duration = Duration::from_secs(20);

/// Installed in every page before its own scripts (see [`Browser::before_each_page`]):
/// collects errors (script errors, console errors, what the CSP refused, any `alert`) and sums
/// layout shifts.
pub const PROBE: &str = r#"
window.__probe = { errors: [], shift: 0 };
addEventListener('error', function (e) { __probe.errors.push('error: ' + (e.message || e.target.outerHTML)); }, true);
addEventListener('unhandledrejection', function (e) { __probe.errors.push('rejection: ' + e.reason); });
document.addEventListener('securitypolicyviolation', function (e) { __probe.errors.push('csp: ' + e.violatedDirective + ' ' + e.blockedURI); });
var consoleError = console.error;
console.error = function () { __probe.errors.push('console: ' + [].join.call(arguments, ' ')); consoleError.apply(console, arguments); };
window.alert = function (m) { __probe.errors.push('alert: ' + m); };
new PerformanceObserver(function (list) {
  list.getEntries().forEach(function (e) { if (!e.hadRecentInput) __probe.shift += e.value; });
}).observe({ type: 'layout-shift', buffered: true });
"#;

/// What [`PROBE`] collected on the current page.
pub async fn errors(b: &Browser) -> serde_json::Value {
    b.js("return window.__probe.errors").await
}

/// Pages the server answers besides `dist/`, e.g. a portal page that embeds the dashboard.
pub type ExtraPages = Vec<(&'static str, String)>;

/// How long the test server holds some answers back, as a slow network would.
#[derive(Clone, Copy, Default)]
pub struct Delays {
    /// The wasm.
    pub app: Duration,
    /// Documents the app fetches (requests that are not navigations), e.g. another theme's.
    pub fetched_documents: Duration,
}

pub struct Server {
    pub origin: String,
    /// Every request target the server was asked for, in order (e.g. `/portal/data/dashboard/rural.zh.html`).
    pub requests: Arc<Mutex<Vec<String>>>,
}

impl Server {
    /// Serves `dist/` under [`BASE`] on a free port until the test process ends.
    pub fn start(extra: ExtraPages) -> Server {
        Server::start_with_delays(extra, Delays::default())
    }

    /// As [`Server::start`], holding the wasm back for `delay`: the pre-rendered page stays
    /// on its own that long, as on a slow network, so a test can act on it before the app.
    pub fn start_with_app_delay(extra: ExtraPages, delay: Duration) -> Server {
        Server::start_with_delays(
            extra,
            Delays {
                app: delay,
                ..Delays::default()
            },
        )
    }

    /// As [`Server::start`], answering late as `delays` say.
    pub fn start_with_delays(extra: ExtraPages, delays: Delays) -> Server {
        let dist = dist_dir();
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind a loopback port");
        let origin = format!("http://{}", listener.local_addr().unwrap());
        let requests = Arc::new(Mutex::new(Vec::new()));
        let log = requests.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let dist = dist.clone();
                let extra = extra.clone();
                let log = log.clone();
                std::thread::spawn(move || serve(stream, &dist, &extra, delays, &log));
            }
        });
        Server { origin, requests }
    }

    /// The dashboard's URL with a query, e.g. `?theme=rural`.
    pub fn page(&self, query: &str) -> String {
        format!("{}{BASE}{query}", self.origin)
    }
}

/// A script's helper: the top of the line on which the character at UTF-16 offset `i` of the
/// text node `text` is laid out, for tests of where lines break.
pub const LINE_OF: &str = "function lineOf(text, i) { const range = document.createRange(); \
    range.setStart(text, i); range.setEnd(text, i + 1); return range.getClientRects()[0].top; }";

/// A script's helper, with `LINE_OF`: the characters of an element's text, each with the text
/// node and the offset that hold it (its text may lie in several nodes), and whether the
/// characters `from..to` of that list are laid out on one line.
pub const ON_ONE_LINE: &str = "function charsOf(el) { const chars = []; \
    const walk = document.createTreeWalker(el, NodeFilter.SHOW_TEXT); \
    while (walk.nextNode()) { const node = walk.currentNode; \
    for (let i = 0; i < node.data.length; i++) chars.push([node.data[i], node, i]); } return chars; } \
    function onOneLine(chars, from, to) { const tops = chars.slice(from, to).map(([, node, i]) => lineOf(node, i)); \
    return tops.every(top => top === tops[0]); }";

pub fn dist_dir() -> PathBuf {
    let dist = Path::new(env!("CARGO_MANIFEST_DIR")).join("dist");
    assert!(
        dist.join("index.html").is_file(),
        "{} has no built page; run `trunk build --release --offline` first (scripts/test does)",
        dist.display()
    );
    dist
}

fn serve(
    mut stream: TcpStream,
    dist: &Path,
    extra: &ExtraPages,
    delays: Delays,
    log: &Mutex<Vec<String>>,
) {
    let mut reader = BufReader::new(&stream);
    let mut request = String::new();
    if reader.read_line(&mut request).is_err() {
        return;
    }
    // The headers, up to the blank line: a fetch by the page says it is not a navigation.
    let mut fetched = false;
    let mut line = String::new();
    while reader.read_line(&mut line).is_ok_and(|n| n > 2) {
        fetched |= line
            .to_ascii_lowercase()
            .starts_with("sec-fetch-dest: empty");
        line.clear();
    }
    let path = request.split_whitespace().nth(1).unwrap_or("/");
    log.lock().unwrap().push(path.to_owned());
    let path = path.split('?').next().unwrap_or("/");
    if path.ends_with(".wasm") {
        std::thread::sleep(delays.app);
    } else if fetched && path.ends_with(".html") {
        std::thread::sleep(delays.fetched_documents);
    }
    let (status, kind, body) = if let Some((_, page)) = extra.iter().find(|(p, _)| *p == path) {
        (
            "200 OK",
            "text/html; charset=utf-8",
            page.clone().into_bytes(),
        )
    } else if let Some(rest) = path.strip_prefix(BASE) {
        let file = if rest.is_empty() { "index.html" } else { rest };
        match (file.contains(".."), std::fs::read(dist.join(file))) {
            (false, Ok(body)) => ("200 OK", content_type(file), body),
            _ => ("404 Not Found", "text/plain", b"not found".to_vec()),
        }
    } else {
        ("404 Not Found", "text/plain", b"not found".to_vec())
    };
    let head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nContent-Security-Policy: {CSP}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    let _ = stream
        .write_all(head.as_bytes())
        .and_then(|()| stream.write_all(&body));
}

fn content_type(file: &str) -> &'static str {
    match file.rsplit('.').next() {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript",
        Some("wasm") => "application/wasm",
        Some("css") => "text/css",
        Some("svg") => "image/svg+xml",
        _ => "application/octet-stream",
    }
}

/// A headless Chromium session; the browser and chromedriver end when it is dropped.
pub struct Browser {
    pub client: Client,
    driver: Child,
    _profile: TempDir,
}

/// A folder of a test's own under the system's temporary folder (a browser profile, where
/// downloads land), empty when made and removed with everything in it when dropped, so test
/// runs leave nothing behind.
pub struct TempDir(PathBuf);

impl TempDir {
    pub fn new(name: &str) -> TempDir {
        let path = std::env::temp_dir().join(format!("dashboard-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir_all(&path).expect("the temporary folder is writable");
        TempDir(path)
    }

    pub fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

impl Drop for Browser {
    /// Ends chromedriver and the Chromium it started, which share a process group of their
    /// own: a test that fails before [`Browser::close`] would otherwise leave Chromium running
    /// (dozens of processes after a few failed runs, which then slow every measurement).
    fn drop(&mut self) {
        let group = format!("-{}", self.driver.id());
        let _ = Command::new("kill")
            .args(["-KILL", "--", &group])
            .stderr(Stdio::null())
            .status();
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

impl Browser {
    /// Starts chromedriver and a headless Chromium whose viewport is `width` × `height`.
    pub async fn start(width: u32, height: u32) -> Browser {
        Browser::start_saving_to(width, height, None).await
    }

    /// As [`Browser::start`], with downloads saved to `downloads` without asking.
    pub async fn start_saving_to(width: u32, height: u32, downloads: Option<&Path>) -> Browser {
        let browser = Browser::launch(downloads).await;
        browser.viewport(width, height).await;
        // A headless page never has system focus, so focus events would not fire at all.
        browser
            .cdp(
                "Emulation.setFocusEmulationEnabled",
                serde_json::json!({ "enabled": true }),
            )
            .await;
        browser
    }

    async fn launch(downloads: Option<&Path>) -> Browser {
        let port = TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let driver = Command::new("chromedriver")
            .arg(format!("--port={port}"))
            .process_group(0)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver is on PATH (scripts/install-tools installs it)");
        let profile = TempDir::new(&format!("profile-{port}"));
        let args = [
            "--headless=new".to_owned(),
            "--no-sandbox".to_owned(),
            "--disable-gpu".to_owned(),
            "--disable-background-networking".to_owned(),
            "--disable-component-update".to_owned(),
            "--disable-sync".to_owned(),
            "--no-first-run".to_owned(),
            "--hide-scrollbars".to_owned(),
            "--window-size=1280,900".to_owned(),
            format!("--user-data-dir={}", profile.path().display()),
        ];
        let mut caps = serde_json::Map::new();
        caps.insert(
            "goog:chromeOptions".to_owned(),
            serde_json::json!({
                "args": args,
                "binary": chromium_binary(),
                "prefs": {
                    "download.default_directory": downloads.map(|d| d.display().to_string()),
                    "download.prompt_for_download": false,
                    "profile.default_content_setting_values.automatic_downloads": 1,
                },
            }),
        );
        let url = format!("http://127.0.0.1:{port}");
        let deadline = Instant::now() + Duration::from_secs(20);
        let client = loop {
            match ClientBuilder::native()
                .capabilities(caps.clone())
                .connect(&url)
                .await
            {
                Ok(client) => break client,
                Err(e) if Instant::now() > deadline => panic!("chromedriver did not start: {e}"),
                Err(_) => tokio::time::sleep(Duration::from_millis(100)).await,
            }
        };
        Browser {
            client,
            driver,
            _profile: profile,
        }
    }

    /// Ends the session (closing Chromium), then chromedriver.
    pub async fn close(self) {
        let _ = self.client.clone().close().await;
    }

    /// Opens a URL and waits until the app runs on the pre-rendered page and shows the view the
    /// address names.
    pub async fn open(&self, url: &str) {
        self.client.goto(url).await.expect("page loads");
        self.wait_for("html[data-app] main#main").await;
    }

    /// Waits up to [`PATIENCE`] for an element, failing with the selector if it never comes.
    pub async fn wait_for(&self, css: &str) -> fantoccini::elements::Element {
        self.client
            .wait()
            .at_most(PATIENCE)
            .for_element(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("{css} never appeared: {e}"))
    }

    /// Clicks the element `css` as a person would, once it is there.
    pub async fn click(&self, css: &str) {
        self.wait_for(css)
            .await
            .click()
            .await
            .unwrap_or_else(|e| panic!("cannot click {css}: {e}"));
    }

    /// Presses `key` on the element that has keyboard focus, as a person would.
    pub async fn press(&self, key: fantoccini::key::Key) {
        self.client
            .active_element()
            .await
            .expect("an element has focus")
            .send_keys(&key.to_string())
            .await
            .unwrap_or_else(|e| panic!("cannot press {key:?}: {e}"));
    }

    /// Runs JavaScript in the page and returns its result.
    pub async fn js(&self, script: &str) -> serde_json::Value {
        self.client
            .execute(script, vec![])
            .await
            .expect("script runs")
    }

    /// The accessibility tree Chromium gives assistive technology: each node that is not
    /// ignored, as (role, name, description).
    pub async fn read_aloud(&self) -> Vec<(String, String, String)> {
        let tree = self
            .cdp("Accessibility.getFullAXTree", serde_json::json!({}))
            .await;
        let field = |node: &serde_json::Value, key: &str| {
            node[key]["value"].as_str().unwrap_or("").to_owned()
        };
        tree["nodes"]
            .as_array()
            .expect("the tree's nodes")
            .iter()
            .filter(|n| n["ignored"] == false)
            .map(|n| (field(n, "role"), field(n, "name"), field(n, "description")))
            .collect()
    }

    /// Runs JavaScript that returns an array of strings, and returns them.
    pub async fn strings(&self, script: &str) -> Vec<String> {
        let value = self.js(script).await;
        value
            .as_array()
            .unwrap_or_else(|| panic!("not an array: {value}"))
            .iter()
            .map(|v| v.as_str().expect("a string").to_owned())
            .collect()
    }

    pub async fn text(&self, css: &str) -> String {
        self.wait_for(css).await.text().await.expect("element text")
    }

    /// Waits until `script` returns true, failing with `what` after [`PATIENCE`].
    pub async fn until(&self, what: &str, script: &str) {
        let deadline = Instant::now() + PATIENCE;
        while self.js(script).await != serde_json::Value::Bool(true) {
            assert!(Instant::now() < deadline, "timed out waiting for {what}");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Sends a Chrome DevTools command to the page through chromedriver.
    pub async fn cdp(&self, cmd: &'static str, params: serde_json::Value) -> serde_json::Value {
        self.client
            .issue_cmd(Cdp { cmd, params })
            .await
            .unwrap_or_else(|e| panic!("chromedriver refused {cmd}: {e}"))
    }

    /// Runs `script` in every document this browser opens from now on, before the page's own
    /// scripts (DevTools' injection, which the page's CSP does not govern).
    pub async fn before_each_page(&self, script: &str) {
        self.cdp(
            "Page.addScriptToEvaluateOnNewDocument",
            serde_json::json!({ "source": script }),
        )
        .await;
    }

    /// Turns JavaScript off for every page from now on, as a reader's settings would.
    pub async fn without_javascript(&self) {
        self.cdp(
            "Emulation.setScriptExecutionDisabled",
            serde_json::json!({ "value": true }),
        )
        .await;
    }

    /// Sets the viewport to exactly `width` × `height` CSS px, as a phone of that size would
    /// have it. (A headless window cannot be made narrower than 500 px.)
    pub async fn viewport(&self, width: u32, height: u32) {
        let params = serde_json::json!({
            "width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600
        });
        self.cdp("Emulation.setDeviceMetricsOverride", params).await;
    }

    /// Emulates a CSS media type, e.g. `print`; the empty string restores the screen.
    pub async fn media(&self, media: &str) {
        self.cdp(
            "Emulation.setEmulatedMedia",
            serde_json::json!({ "media": media }),
        )
        .await;
    }

    /// Emulates the system's colour-scheme preference, as a user's settings would set it.
    pub async fn prefer_scheme(&self, scheme: &str) {
        self.media_feature("prefers-color-scheme", scheme).await;
    }

    /// Emulates a media feature of the user's settings, e.g. `forced-colors: active` (a
    /// contrast theme), which Chromium then also applies to what it paints.
    pub async fn media_feature(&self, name: &str, value: &str) {
        let features = serde_json::json!([{ "name": name, "value": value }]);
        self.cdp(
            "Emulation.setEmulatedMedia",
            serde_json::json!({ "features": features }),
        )
        .await;
    }

    /// What the viewport shows now, as RGB pixels: (width, height, three bytes a pixel).
    pub async fn pixels(&self) -> (u32, u32, Vec<u8>) {
        let png = self.client.screenshot().await.expect("screenshot");
        let mut reader = png::Decoder::new(png.as_slice())
            .read_info()
            .expect("a PNG header");
        let mut data = vec![0; reader.output_buffer_size()];
        let info = reader
            .next_frame(&mut data)
            .expect("PNG image data decodes");
        let channels = info.color_type.samples();
        let rgb = data[..info.buffer_size()]
            .chunks(channels)
            .flat_map(|p| [p[0], p[1], p[2]])
            .collect();
        (info.width, info.height, rgb)
    }

    /// A PNG of the whole page at `width` px, written to `screenshots/<name>.png`.
    pub async fn screenshot(&self, name: &str, width: u32) -> Vec<u8> {
        let height = self
            .js("return document.documentElement.scrollHeight")
            .await
            .as_u64()
            .unwrap_or(800);
        self.viewport(width, height as u32).await;
        tokio::time::sleep(Duration::from_millis(300)).await;
        let png = self.client.screenshot().await.expect("screenshot");
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("screenshots");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join(format!("{name}.png")), &png).unwrap();
        png
    }
}

/// A Chrome DevTools command, sent through chromedriver's `goog/cdp/execute` endpoint.
#[derive(Debug)]
struct Cdp {
    cmd: &'static str,
    params: serde_json::Value,
}

impl fantoccini::wd::WebDriverCompatibleCommand for Cdp {
    fn endpoint(
        &self,
        base: &url::Url,
        session: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base.join(&format!(
            "session/{}/goog/cdp/execute",
            session.unwrap_or_default()
        ))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        let body = serde_json::json!({ "cmd": self.cmd, "params": self.params });
        (http::Method::POST, Some(body.to_string()))
    }
}

fn chromium_binary() -> &'static str {
    [
        "/usr/bin/chromium",
        "/usr/bin/chromium-browser",
        "/usr/bin/google-chrome",
    ]
    .into_iter()
    .find(|p| Path::new(p).exists())
    .unwrap_or("chromium")
}
