//! Writing the embed code a host copies: the script and iframe snippets
//! and the fallback article the script snippet can carry. Plain Rust,
//! tested natively; used by the embed-code builder.
//!
//! One HTML escaper ([`escape_html`]) serves both: every value from the
//! data or a host's settings goes into the snippets through it.

pub mod fallback_article;
pub mod snippets;

pub use fallback_article::fallback_article;
pub use snippets::{frame_path, iframe_snippet, script_snippet, script_snippet_with_fallback};

/// Escapes `text` for HTML element content and for attribute values in
/// double or single quotes: `&`, `<`, `>`, `"` and `'`.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::escape_html;

    #[test]
    fn every_character_that_could_end_text_or_an_attribute_is_escaped() {
        assert_eq!(
            escape_html(r#"<a href="x" title='y'>&</a>"#),
            "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;"
        );
        assert_eq!(escape_html("Қазақша — ok"), "Қазақша — ok");
    }
}
