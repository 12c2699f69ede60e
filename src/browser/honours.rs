//! The honours' disclosure on a wide screen. There the stylesheet shows the list whatever the
//! disclosure's state, so the app opens it and takes its summary out of the Tab order: a screen
//! reader then says the list is shown ("expanded", not "collapsed"), and the keyboard does not
//! stop on a control that changes nothing. On a phone it stays the toggle it looks like.

use crate::browser::dom;

/// Opens the page's honours disclosure if the stylesheet shows its list while it is closed (a
/// wide screen), at the start and when a page brought in replaces it. Told by what is laid
/// out, not by a width of its own: the stylesheet's breakpoint is in rem, which follows the
/// reader's font size. (Not by the list's own box: script is given one even where the closed
/// disclosure hides it.)
pub fn open_where_shown() {
    let Ok(Some(details)) = gloo_utils::document().query_selector(".honours details:not([open])")
    else {
        return;
    };
    let Ok(Some(summary)) = details.query_selector("summary") else {
        return;
    };
    let height = |e: &web_sys::Element| e.get_bounding_client_rect().height();
    if height(&details) > height(&summary) + 1.0 {
        dom::set_or_remove(&details, "open", Some(""));
        dom::set_or_remove(&summary, "tabindex", Some("-1"));
    }
}
