use leptos::prelude::*;

use crate::components::RadioGroup;

use crate::briefing::filter::CountryFilter;
use crate::briefing::Roundtable;
use crate::browser::{copy_text, site_folder};
use crate::embed_code::{frame_path, iframe_snippet, script_snippet, script_snippet_with_fallback};
use crate::lang::Lang;
use crate::state::options::{Layout, Section, Sections};
use crate::state::{Settings, Theme};

/// Height reserved for the iframe in the snippet (px), so the host page
/// does not jump before the first height message arrives.
const RESERVED_HEIGHT: u32 = 1400;

/// The builder's choices for the iframe: a frame is a document of its own,
/// so its title keeps the frame's heading level.
fn framed(mut settings: Settings) -> Settings {
    settings.options.heading_level = Settings::frame_embed().options.heading_level;
    settings
}

/// The embed-code builder on the standalone page: choose country, sections,
/// theme and layout; see a live preview (the iframe embed itself); copy
/// the script or the iframe snippet. The snippets come from
/// [`crate::embed_code::snippets`], so what is previewed is what is pasted.
#[component]
pub fn EmbedBuilder(
    /// Each edition's data, for the fallback article the script snippet
    /// can carry (the English data and [`crate::data::edition`] in the app).
    editions: fn(Lang) -> &'static Roundtable,
) -> impl IntoView {
    let lang = RwSignal::new(Lang::default());
    let country = RwSignal::new(CountryFilter::All);
    let chosen: [RwSignal<bool>; 7] = std::array::from_fn(|_| RwSignal::new(true));
    let theme = RwSignal::new(Theme::Auto);
    let layout = RwSignal::new(Layout::Full);
    // On by default: a host page then shows the briefing before (and
    // without) the script, as a tweet's blockquote does.
    let with_fallback = RwSignal::new(true);
    let copied = RwSignal::new(String::new());
    let open = RwSignal::new(false);
    let folder = site_folder();

    // Derived, never stored: the settings the controls describe.
    let settings = Memo::new(move |_| {
        let picked: Vec<Section> = Section::ALL
            .into_iter()
            .zip(chosen)
            .filter(|(_, on)| on.get())
            .map(|(s, _)| s)
            .collect();
        let mut settings = Settings::script_embed();
        settings.state.filter.country = country.get();
        settings.state.theme = theme.get();
        settings.options.layout = layout.get();
        settings.options.sections = Sections::from_slice(&picked).unwrap_or_default();
        settings
    });
    let none_picked = Memo::new(move |_| chosen.iter().all(|c| !c.get()));
    let script = {
        let folder = folder.clone();
        Memo::new(move |_| {
            let lang = lang.get();
            if with_fallback.get() {
                script_snippet_with_fallback(&folder, &settings.get(), editions(lang), lang)
            } else {
                script_snippet(&folder, &settings.get(), lang)
            }
        })
    };
    let iframe = {
        let folder = folder.clone();
        Memo::new(move |_| {
            iframe_snippet(
                &folder,
                &framed(settings.get()),
                RESERVED_HEIGHT,
                lang.get(),
            )
        })
    };
    let preview = Memo::new(move |_| frame_path(&framed(settings.get()), lang.get()));
    let copy = move |what: &'static str, text: Memo<String>| {
        copy_text(text.get_untracked(), move |ok| {
            copied.set(if ok {
                format!("The {what} code is copied.")
            } else {
                format!("Copying is not available here: select the {what} code and copy it.")
            })
        })
    };

    let sections = Section::ALL
        .into_iter()
        .zip(chosen)
        .map(|(s, on)| {
            view! {
                <label class="rb-builder__choice">
                    <input type="checkbox" value=s.code()
                        prop:checked=move || on.get()
                        on:change=move |_| on.update(|v| *v = !*v) />
                    {s.label(Lang::En)}
                </label>
            }
        })
        .collect_view();

    view! {
        <details class="rb-builder" data-testid="builder" on:toggle=move |_| open.update(|o| *o = !*o)>
            <summary class="rb-builder__toggle">"Embed this briefing on your site"</summary>
            <div class="rb-builder__body">
                <form class="rb-builder__form" on:submit=|ev| ev.prevent_default()>
                    <RadioGroup legend="Language" name="rb-builder-lang" value=lang
                        choices=Lang::ALL.map(|l| (l, l.code(), l.own_name())).to_vec() />
                    <RadioGroup legend="Country shown first" name="rb-builder-country" value=country
                        choices=CountryFilter::OPTIONS.map(|c| (c, c.code(), c.label(Lang::En))).to_vec() />
                    <fieldset>
                        <legend>"Sections"</legend>
                        {sections}
                        <p class="rb-builder__hint" class=("rb-builder__hint--hidden", move || !none_picked.get())>
                            "With no section ticked, every section is shown."
                        </p>
                    </fieldset>
                    <RadioGroup legend="Theme" name="rb-builder-theme" value=theme
                        choices=Theme::ALL.map(|t| (t, t.code(), t.label(Lang::En))).to_vec() />
                    <RadioGroup legend="Layout" name="rb-builder-layout" value=layout
                        choices=vec![(Layout::Full, Layout::Full.code(), "Full"), (Layout::Compact, Layout::Compact.code(), "Compact")] />
                    <fieldset>
                        <legend>"Script embed"</legend>
                        <label class="rb-builder__choice">
                            <input type="checkbox" data-testid="builder-fallback"
                                prop:checked=move || with_fallback.get()
                                on:change=move |_| with_fallback.update(|v| *v = !*v) />
                            "Include the briefing as text inside the element"
                        </label>
                        <p class="rb-builder__hint">
                            "Readers see it at once, and keep it if the script cannot run; it follows the choices above."
                        </p>
                    </fieldset>
                </form>
                <div class="rb-builder__codes">
                    <label class="rb-builder__label" for="rb-builder-script">"Script embed (recommended)"</label>
                    <textarea id="rb-builder-script" class="rb-builder__code" readonly rows="4"
                        data-testid="builder-script" prop:value=move || script.get()></textarea>
                    <button type="button" class="rb-builder__copy" data-testid="copy-script"
                        on:click=move |_| copy("script", script)>"Copy script code"</button>
                    <label class="rb-builder__label" for="rb-builder-iframe">"Iframe embed"</label>
                    <textarea id="rb-builder-iframe" class="rb-builder__code" readonly rows="6"
                        data-testid="builder-iframe" prop:value=move || iframe.get()></textarea>
                    <button type="button" class="rb-builder__copy" data-testid="copy-iframe"
                        on:click=move |_| copy("iframe", iframe)>"Copy iframe code"</button>
                    <p class="rb-builder__status" role="status" data-testid="builder-status">{move || copied.get()}</p>
                </div>
                // Only while open: a closed builder loads no second briefing.
                <Show when=move || open.get()>
                    <iframe class="rb-builder__preview" data-testid="builder-preview"
                        title="Preview of the embedded briefing"
                        src=move || preview.get()></iframe>
                </Show>
            </div>
        </details>
    }
}
