//! Starts the dashboard; everything else lives in the library, where tests can reach it.

fn main() {
    indicators_dashboard::browser::app::start();
}
