//! The policy's patterns (runtime/SPEC.md §9, §10), matched without a regex crate. The subset read is
//! what ECMAScript's regular expressions with the `u` flag (JSON Schema's dialect) say for literals, `\`
//! escapes of syntax characters and `\d \D \w \W \t \n \v \f \r`, `.`, classes with ranges, groups (capturing
//! and `(?:`), `|`, the greedy quantifiers `*`, `+`, `?`, `{n}`, `{n,}` and `{n,m}`, and the anchors `^`
//! and `$`. Anything else is an error, never a guess.
//!
//! Matching simulates every thread of the compiled program at once, in priority order (a Pike VM), so
//! its time is linear in the text and its memory bounded by the program: no text can make it hang.

use std::fmt;

/// The most instructions a pattern may compile to, so that `{n}` cannot ask for unbounded memory.
const MAX_PROGRAM: usize = 10_000;
/// The deepest nesting of groups the parser follows, so that no pattern can exhaust the stack.
const MAX_DEPTH: usize = 64;

/// Why a pattern was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct PatternError(String);

impl fmt::Display for PatternError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

fn error<T>(what: impl Into<String>) -> Result<T, PatternError> {
    Err(PatternError(what.into()))
}

/// A set of characters: inclusive ranges, possibly negated.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Class {
    ranges: Vec<(char, char)>,
    negated: bool,
}

impl Class {
    fn of(c: char) -> Self {
        Self {
            ranges: vec![(c, c)],
            negated: false,
        }
    }

    /// The one character this class is, if it is one.
    fn single(&self) -> Option<char> {
        match self.ranges.as_slice() {
            [(lo, hi)] if lo == hi && !self.negated => Some(*lo),
            _ => None,
        }
    }

    fn contains(&self, c: char) -> bool {
        self.ranges.iter().any(|&(lo, hi)| lo <= c && c <= hi) != self.negated
    }
}

const DIGITS: &[(char, char)] = &[('0', '9')];
const WORD: &[(char, char)] = &[('0', '9'), ('A', 'Z'), ('_', '_'), ('a', 'z')];

/// What `.` does not match: ECMAScript's line terminators.
fn is_line_terminator(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}')
}

#[derive(Debug)]
enum Node {
    Empty,
    Class(Class),
    Any,
    Start,
    End,
    Group(Box<Node>, Option<usize>),
    Concat(Vec<Node>),
    Alternation(Vec<Node>),
    Repeat(Box<Node>, u32, Option<u32>),
}

struct Parser {
    chars: Vec<char>,
    at: usize,
    groups: usize,
    depth: usize,
}

impl Parser {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.at).copied()
    }

    fn eat(&mut self, c: char) -> bool {
        let found = self.peek() == Some(c);
        if found {
            self.at += 1;
        }
        found
    }

    fn next(&mut self) -> Result<char, PatternError> {
        let c = self.peek();
        self.at += 1;
        c.map_or_else(|| error("the pattern ends too early"), Ok)
    }

    fn alternation(&mut self) -> Result<Node, PatternError> {
        let mut branches = vec![self.concat()?];
        while self.eat('|') {
            branches.push(self.concat()?);
        }
        Ok(if branches.len() == 1 {
            branches.remove(0)
        } else {
            Node::Alternation(branches)
        })
    }

    fn concat(&mut self) -> Result<Node, PatternError> {
        let mut items = Vec::new();
        while let Some(c) = self.peek() {
            if c == '|' || c == ')' {
                break;
            }
            let atom = self.atom()?;
            items.push(self.quantified(atom)?);
        }
        Ok(match items.len() {
            0 => Node::Empty,
            1 => items.remove(0),
            _ => Node::Concat(items),
        })
    }

    fn atom(&mut self) -> Result<Node, PatternError> {
        match self.next()? {
            '(' => {
                self.depth += 1;
                if self.depth > MAX_DEPTH {
                    return error("groups nest too deeply");
                }
                let index = if self.eat('?') {
                    if !self.eat(':') {
                        return error("only (?: groups are read");
                    }
                    None
                } else {
                    self.groups += 1;
                    Some(self.groups)
                };
                let inner = self.alternation()?;
                if !self.eat(')') {
                    return error("a group is not closed");
                }
                self.depth -= 1;
                Ok(Node::Group(Box::new(inner), index))
            }
            '[' => self.class().map(Node::Class),
            '.' => Ok(Node::Any),
            '^' => Ok(Node::Start),
            '$' => Ok(Node::End),
            '\\' => self.escape().map(Node::Class),
            c @ (')' | ']' | '{' | '}' | '*' | '+' | '?') => error(format!("a stray {c}")),
            c => Ok(Node::Class(Class::of(c))),
        }
    }

    /// After a backslash, outside or inside a class.
    fn escape(&mut self) -> Result<Class, PatternError> {
        let class = |ranges: &[(char, char)], negated| Class {
            ranges: ranges.to_vec(),
            negated,
        };
        Ok(match self.next()? {
            'd' => class(DIGITS, false),
            'D' => class(DIGITS, true),
            'w' => class(WORD, false),
            'W' => class(WORD, true),
            't' => Class::of('\t'),
            'n' => Class::of('\n'),
            'v' => Class::of('\u{b}'),
            'f' => Class::of('\u{c}'),
            'r' => Class::of('\r'),
            c if "^$\\.*+?()[]{}|/-".contains(c) => Class::of(c),
            c => return error(format!("the escape \\{c} is not read")),
        })
    }

    /// After `[`: members up to `]`.
    fn class(&mut self) -> Result<Class, PatternError> {
        let negated = self.eat('^');
        let mut ranges = Vec::new();
        loop {
            let low = match self.next()? {
                ']' => break,
                '\\' => {
                    let escaped = self.escape()?;
                    if let Some(c) = escaped.single() {
                        c
                    } else if escaped.negated {
                        return error("a negated escape inside a class is not read");
                    } else if self.at_range_dash() {
                        return error("a range starts at a set");
                    } else {
                        ranges.extend(escaped.ranges);
                        continue;
                    }
                }
                c => c,
            };
            if !self.at_range_dash() {
                ranges.push((low, low));
                continue;
            }
            self.at += 1;
            let high = match self.next()? {
                '\\' => self.escape()?.single(),
                c => Some(c),
            };
            match high {
                None => return error("a range ends at a set"),
                Some(high) if high < low => {
                    return error(format!("the range {low}-{high} is out of order"))
                }
                Some(high) => ranges.push((low, high)),
            }
        }
        Ok(Class { ranges, negated })
    }

    /// A `-` between two members of a class, not a `-` before its `]`.
    fn at_range_dash(&self) -> bool {
        self.peek() == Some('-') && self.chars.get(self.at + 1).is_some_and(|&c| c != ']')
    }

    fn quantified(&mut self, atom: Node) -> Result<Node, PatternError> {
        let (min, max) = match self.peek() {
            Some('*') => (0, None),
            Some('+') => (1, None),
            Some('?') => (0, Some(1)),
            Some('{') => {
                self.at += 1;
                let min = self.number()?;
                let max = if self.eat(',') {
                    if self.peek() == Some('}') {
                        None
                    } else {
                        Some(self.number()?)
                    }
                } else {
                    Some(min)
                };
                if self.peek() != Some('}') {
                    return error("a {n,m} quantifier is not closed");
                }
                if max.is_some_and(|max| max < min) {
                    return error("a {n,m} quantifier's bounds are out of order");
                }
                (min, max)
            }
            _ => return Ok(atom),
        };
        self.at += 1;
        if matches!(atom, Node::Start | Node::End) {
            return error("an anchor cannot be repeated");
        }
        if matches!(self.peek(), Some('?' | '*' | '+' | '{')) {
            return error("lazy and nested quantifiers are not read");
        }
        Ok(Node::Repeat(Box::new(atom), min, max))
    }

    fn number(&mut self) -> Result<u32, PatternError> {
        let start = self.at;
        while self.peek().is_some_and(|c| c.is_ascii_digit()) {
            self.at += 1;
        }
        let digits: String = self.chars[start..self.at].iter().collect();
        digits
            .parse()
            .or_else(|_| error("a quantifier needs a number it can hold"))
    }
}

#[derive(Debug, Clone)]
enum Inst {
    Class(Class),
    Any,
    /// Try the first, then the second.
    Split(usize, usize),
    Jump(usize),
    Save(usize),
    Start,
    End,
    Match,
}

struct Compiler {
    program: Vec<Inst>,
}

impl Compiler {
    fn push(&mut self, inst: Inst) -> Result<usize, PatternError> {
        if self.program.len() >= MAX_PROGRAM {
            return error("the pattern is too large");
        }
        self.program.push(inst);
        Ok(self.program.len() - 1)
    }

    fn here(&self) -> usize {
        self.program.len()
    }

    fn patch_split_second(&mut self, at: usize, to: usize) {
        if let Some(Inst::Split(_, second)) = self.program.get_mut(at) {
            *second = to;
        }
    }

    fn emit(&mut self, node: &Node) -> Result<(), PatternError> {
        match node {
            Node::Empty => {}
            Node::Class(class) => {
                self.push(Inst::Class(class.clone()))?;
            }
            Node::Any => {
                self.push(Inst::Any)?;
            }
            Node::Start => {
                self.push(Inst::Start)?;
            }
            Node::End => {
                self.push(Inst::End)?;
            }
            Node::Group(inner, index) => {
                if let Some(i) = index {
                    self.push(Inst::Save(2 * i))?;
                }
                self.emit(inner)?;
                if let Some(i) = index {
                    self.push(Inst::Save(2 * i + 1))?;
                }
            }
            Node::Concat(items) => {
                for item in items {
                    self.emit(item)?;
                }
            }
            Node::Alternation(branches) => {
                let mut jumps = Vec::new();
                for (i, branch) in branches.iter().enumerate() {
                    if i + 1 < branches.len() {
                        let split = self.push(Inst::Split(self.here() + 1, 0))?;
                        self.emit(branch)?;
                        jumps.push(self.push(Inst::Jump(0))?);
                        let next = self.here();
                        self.patch_split_second(split, next);
                    } else {
                        self.emit(branch)?;
                    }
                }
                let end = self.here();
                for jump in jumps {
                    self.program[jump] = Inst::Jump(end);
                }
            }
            Node::Repeat(inner, min, max) => {
                for _ in 0..*min {
                    let before = self.here();
                    self.emit(inner)?;
                    if self.here() == before {
                        // Nothing to repeat: a billion copies of nothing are nothing.
                        break;
                    }
                }
                match max {
                    None => {
                        let split = self.push(Inst::Split(self.here() + 1, 0))?;
                        self.emit(inner)?;
                        self.push(Inst::Jump(split))?;
                        let end = self.here();
                        self.patch_split_second(split, end);
                    }
                    Some(max) => {
                        // Each further copy is tried only after the one before it matched.
                        let mut splits = Vec::new();
                        for _ in *min..*max {
                            splits.push(self.push(Inst::Split(self.here() + 1, 0))?);
                            self.emit(inner)?;
                        }
                        let end = self.here();
                        for split in splits {
                            self.patch_split_second(split, end);
                        }
                    }
                }
            }
        }
        Ok(())
    }
}

/// A compiled pattern.
#[derive(Debug)]
pub(crate) struct Pattern {
    program: Vec<Inst>,
    /// Capture slots: a start and an end for the whole match and for each group.
    slots: usize,
}

type Slots = Vec<Option<usize>>;

/// The threads alive at one position, in priority order, each instruction at most once.
struct Threads {
    list: Vec<(usize, Slots)>,
    seen: Vec<bool>,
}

impl Threads {
    fn new(size: usize) -> Self {
        Self {
            list: Vec::new(),
            seen: vec![false; size],
        }
    }

    fn clear(&mut self) {
        self.list.clear();
        self.seen.iter_mut().for_each(|s| *s = false);
    }
}

impl Pattern {
    pub(crate) fn new(source: &str) -> Result<Self, PatternError> {
        let mut parser = Parser {
            chars: source.chars().collect(),
            at: 0,
            groups: 0,
            depth: 0,
        };
        let node = parser.alternation()?;
        if parser.at < parser.chars.len() {
            return error("a stray )");
        }
        let mut compiler = Compiler {
            program: Vec::new(),
        };
        compiler.push(Inst::Save(0))?;
        compiler.emit(&node)?;
        compiler.push(Inst::Save(1))?;
        compiler.push(Inst::Match)?;
        Ok(Self {
            program: compiler.program,
            slots: 2 * (parser.groups + 1),
        })
    }

    /// Whether the pattern matches anywhere in `text`, as JSON Schema's `pattern` keyword asks.
    pub(crate) fn is_match(&self, text: &str) -> bool {
        self.run(text, false).is_some()
    }

    /// Each group's text (group 0 the whole) when the pattern matches all of `text`, else None.
    pub(crate) fn whole_match<'t>(&self, text: &'t str) -> Option<Vec<Option<&'t str>>> {
        let slots = self.run(text, true)?;
        Some(
            slots
                .chunks(2)
                .map(|pair| match pair {
                    [Some(start), Some(end)] => text.get(*start..*end),
                    _ => None,
                })
                .collect(),
        )
    }

    /// Follows the instructions that consume nothing from `pc`, adding each thread that waits for a
    /// character (or matches) to `threads` in priority order.
    fn add(&self, threads: &mut Threads, pc: usize, at: usize, len: usize, slots: Slots) {
        let mut stack = vec![(pc, slots)];
        while let Some((pc, mut slots)) = stack.pop() {
            if pc >= self.program.len() || threads.seen[pc] {
                continue;
            }
            threads.seen[pc] = true;
            match &self.program[pc] {
                Inst::Jump(to) => stack.push((*to, slots)),
                Inst::Split(first, second) => {
                    stack.push((*second, slots.clone()));
                    stack.push((*first, slots));
                }
                Inst::Save(slot) => {
                    if let Some(s) = slots.get_mut(*slot) {
                        *s = Some(at);
                    }
                    stack.push((pc + 1, slots));
                }
                Inst::Start if at == 0 => stack.push((pc + 1, slots)),
                Inst::End if at == len => stack.push((pc + 1, slots)),
                Inst::Start | Inst::End => {}
                Inst::Class(_) | Inst::Any | Inst::Match => threads.list.push((pc, slots)),
            }
        }
    }

    /// The slots of the match the pattern's priorities prefer: anchored at both ends when `whole`,
    /// else the leftmost.
    fn run(&self, text: &str, whole: bool) -> Option<Slots> {
        let len = text.len();
        let mut current = Threads::new(self.program.len());
        let mut next = Threads::new(self.program.len());
        self.add(&mut current, 0, 0, len, vec![None; self.slots]);
        let mut at = 0;
        loop {
            let c = text[at..].chars().next();
            let after = at + c.map_or(0, char::len_utf8);
            next.clear();
            let mut found = None;
            for (pc, slots) in current.list.drain(..) {
                match &self.program[pc] {
                    Inst::Match if !whole || at == len => {
                        // Threads after this one have lower priority: drop them.
                        found = Some(slots);
                        break;
                    }
                    Inst::Class(class) if c.is_some_and(|c| class.contains(c)) => {
                        self.add(&mut next, pc + 1, after, len, slots);
                    }
                    Inst::Any if c.is_some_and(|c| !is_line_terminator(c)) => {
                        self.add(&mut next, pc + 1, after, len, slots);
                    }
                    _ => {}
                }
            }
            if found.is_some() && (!whole || next.list.is_empty()) {
                // A search needs no better match; a whole match is found only at the end.
                return found;
            }
            if c.is_none() {
                return found;
            }
            if !whole {
                // A match may also start at the next character, after every thread already running.
                self.add(&mut next, 0, after, len, vec![None; self.slots]);
            }
            if next.list.is_empty() {
                return found;
            }
            std::mem::swap(&mut current, &mut next);
            at = after;
        }
    }
}

#[cfg(test)]
mod tests;
