use std::cell::RefCell;

use super::Numeral;
use crate::extract::grammar::Res;

/// What `numeral` answered at one place: the bytes it consumed and the
/// figure, or where and why it failed.
#[derive(Clone, Copy)]
enum Answer {
    Ok(usize, Numeral),
    Error(usize, nom::error::ErrorKind),
    Failure(usize, nom::error::ErrorKind),
}

const SLOTS: usize = 8;

#[derive(Clone, Copy)]
struct Memo {
    /// The buffer inputs must lie in (start, end address); none: inactive.
    buffer: Option<(usize, usize)>,
    keys: [(usize, usize); SLOTS],
    answers: [Option<Answer>; SLOTS],
    next: usize,
}

impl Memo {
    /// The answer kept for `key`, the newest slot first (a grammar asks
    /// again where it just asked, so most hits are found at once). A key
    /// is stored only when no answer for it is kept, so at most one slot
    /// answers for it and the order of the search changes no answer.
    fn answer(&self, key: (usize, usize)) -> Option<Answer> {
        (1..=SLOTS).find_map(|back| {
            let slot = self.next.wrapping_sub(back) % SLOTS;
            match (self.keys.get(slot), self.answers.get(slot)) {
                (Some(k), Some(a)) if *k == key => *a,
                _ => None,
            }
        })
    }
}

const EMPTY: Memo = Memo {
    buffer: None,
    keys: [(0, 0); SLOTS],
    answers: [None; SLOTS],
    next: 0,
};

thread_local! {
    static MEMO: RefCell<Memo> = const { RefCell::new(EMPTY) };
}

/// While alive, `numeral` remembers its answers for inputs inside `text`.
pub struct Scope<'a> {
    saved: Memo,
    _text: std::marker::PhantomData<&'a str>,
}

impl<'a> Scope<'a> {
    pub fn new(text: &'a str) -> Scope<'a> {
        let start = text.as_ptr() as usize;
        let saved = MEMO.with(|m| {
            m.replace(Memo {
                buffer: Some((start, start + text.len())),
                ..EMPTY
            })
        });
        Scope {
            saved,
            _text: std::marker::PhantomData,
        }
    }
}

impl Drop for Scope<'_> {
    fn drop(&mut self) {
        MEMO.with(|m| *m.borrow_mut() = self.saved);
    }
}

pub(super) fn numeral<'a>(i: &'a str, parse: fn(&'a str) -> Res<'a, Numeral>) -> Res<'a, Numeral> {
    let key = (i.as_ptr() as usize, i.len());
    let hit = MEMO.with(|m| {
        let memo = m.borrow();
        let inside = memo
            .buffer
            .is_some_and(|(start, end)| key.0 >= start && key.0 + key.1 <= end);
        inside.then(|| memo.answer(key))
    });
    let Some(hit) = hit else {
        return parse(i);
    };
    let rebuild = |at: usize, code| nom::error::Error::new(i.get(at..).unwrap_or(i), code);
    match hit {
        Some(Answer::Ok(used, n)) => {
            if let Some(rest) = i.get(used..) {
                return Ok((rest, n));
            }
        }
        Some(Answer::Error(at, code)) => return Err(nom::Err::Error(rebuild(at, code))),
        Some(Answer::Failure(at, code)) => return Err(nom::Err::Failure(rebuild(at, code))),
        None => {}
    }
    let result = parse(i);
    let offset = |rest: &str| i.len().saturating_sub(rest.len());
    let answer = match &result {
        Ok((rest, n)) => Some(Answer::Ok(offset(rest), *n)),
        Err(nom::Err::Error(e)) => Some(Answer::Error(offset(e.input), e.code)),
        Err(nom::Err::Failure(e)) => Some(Answer::Failure(offset(e.input), e.code)),
        Err(nom::Err::Incomplete(_)) => None,
    };
    MEMO.with(|m| {
        let mut memo = m.borrow_mut();
        let slot = memo.next % SLOTS;
        if let Some(k) = memo.keys.get_mut(slot) {
            *k = key;
        }
        if let Some(a) = memo.answers.get_mut(slot) {
            *a = answer;
        }
        memo.next = memo.next.wrapping_add(1);
    });
    result
}
