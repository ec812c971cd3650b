//! The case suffix a numeral takes in Kazakh: "50-ден астам" (more than 50),
//! "50-ге жуық" (nearly 50), "4 мыңнан астам" (more than 4 thousand).
//!
//! A suffix follows the numeral as it is read aloud, not as it is written:
//! 50 is "елу", so "50-ден"; 4 000 is "төрт мың", so "4 000-нан". Vowel
//! harmony (the word's last vowel) picks -а- or -е-, the word's last sound
//! picks the consonant. After digits or an abbreviation the suffix is
//! joined with a hyphen; after a word, directly.

/// A case a numeral takes in the briefing's phrases.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Case {
    /// Шығыс септік ("from", "than"): -дан/-ден, -нан/-нен, -тан/-тен.
    /// Before "астам" (more than).
    Ablative,
    /// Барыс септік ("to"): -ға/-ге, -қа/-ке. Before "жуық" (nearly) and
    /// "дейін" (up to).
    Dative,
}

/// 1–9 read aloud (index 0 unused).
const UNITS: [&str; 10] = [
    "",
    "бір",
    "екі",
    "үш",
    "төрт",
    "бес",
    "алты",
    "жеті",
    "сегіз",
    "тоғыз",
];

/// 10–90 read aloud, by tens (index 0 unused).
const TENS: [&str; 10] = [
    "",
    "он",
    "жиырма",
    "отыз",
    "қырық",
    "елу",
    "алпыс",
    "жетпіс",
    "сексен",
    "тоқсан",
];

/// Powers of a thousand above a thousand, read aloud.
const LARGE: [(u64, &str); 5] = [
    (1_000_000, "миллион"),
    (1_000_000_000, "миллиард"),
    (1_000_000_000_000, "триллион"),
    (1_000_000_000_000_000, "квадриллион"),
    (1_000_000_000_000_000_000, "квинтиллион"),
];

/// The last word of `n` read aloud: "елу" for 50, "он" for 110 ("жүз он"),
/// "мың" for 4 000 and for 1 500 000 ("бір миллион бес жүз мың"),
/// "миллион" for 20 000 000, "нөл" for 0.
pub fn last_word(n: u64) -> &'static str {
    if n == 0 {
        return "нөл";
    }
    if !n.is_multiple_of(10) {
        return UNITS[(n % 10) as usize];
    }
    if !n.is_multiple_of(100) {
        return TENS[(n / 10 % 10) as usize];
    }
    if !n.is_multiple_of(1000) {
        return "жүз";
    }
    let mut word = "мың";
    for (power, name) in LARGE {
        if !n.is_multiple_of(power) {
            break;
        }
        word = name;
    }
    word
}

/// How a word's last sound shapes the suffix's first consonant.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum LastSound {
    /// A vowel, or a voiced consonant or sonorant (р, л, й, у, з, ж):
    /// -дан, -ға.
    Voiced,
    /// м, н, ң: -нан, -ға.
    Nasal,
    /// A voiceless consonant, or б, в, г, ғ, д, which are voiceless at the
    /// end of a word: -тан, -қа.
    Voiceless,
}

impl LastSound {
    fn of(word: &str) -> LastSound {
        match word.chars().last() {
            Some('м' | 'н' | 'ң') => LastSound::Nasal,
            Some(
                'п' | 'т' | 'к' | 'қ' | 'с' | 'ш' | 'щ' | 'ф' | 'х' | 'һ' | 'ц' | 'ч' | 'б' | 'в'
                | 'г' | 'ғ' | 'д',
            ) => LastSound::Voiceless,
            _ => LastSound::Voiced,
        }
    }
}

/// Whether the word's last vowel is a front vowel (ә, е, ө, ү, і, э): the
/// suffix then takes -е-. у, и and ю go with either harmony and are passed
/// over; a word with no other vowel counts as back.
fn is_front(word: &str) -> bool {
    word.chars()
        .rev()
        .find_map(|c| match c {
            'ә' | 'е' | 'ө' | 'ү' | 'і' | 'э' => Some(true),
            'а' | 'о' | 'ұ' | 'ы' | 'я' | 'ё' => Some(false),
            _ => None,
        })
        .unwrap_or(false)
}

/// The suffix of `case` after `word` (a lower-case Kazakh word as read
/// aloud): "елу" → "ден" (ablative), "ге" (dative); "мың" → "нан", "ға";
/// "қырық" → "тан", "қа".
pub fn suffix(word: &str, case: Case) -> &'static str {
    let front = is_front(word);
    match (case, LastSound::of(word)) {
        (Case::Ablative, LastSound::Voiced) => pick(front, "дан", "ден"),
        (Case::Ablative, LastSound::Nasal) => pick(front, "нан", "нен"),
        (Case::Ablative, LastSound::Voiceless) => pick(front, "тан", "тен"),
        (Case::Dative, LastSound::Voiced | LastSound::Nasal) => pick(front, "ға", "ге"),
        (Case::Dative, LastSound::Voiceless) => pick(front, "қа", "ке"),
    }
}

fn pick(front: bool, back_form: &'static str, front_form: &'static str) -> &'static str {
    if front {
        front_form
    } else {
        back_form
    }
}
