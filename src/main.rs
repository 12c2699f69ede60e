//! Mounts the dashboard; everything else lives in the library, where tests can reach it.

fn main() {
    indicators_dashboard::browser::install_panic_message();
    leptos::mount::mount_to_body(indicators_dashboard::app::App);
}
