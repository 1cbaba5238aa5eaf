import { describe, expect, it } from 'vitest';
import { paragraphAt, sentenceAt, splitSentences, type Span } from '../extractors/sentences.js';

const split = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe('splitSentences', () => {
  it.each<[string, string, string[]]>([
    ['plain', 'Перше речення. Друге речення! Третє?', ['Перше речення.', 'Друге речення!', 'Третє?']],
    ['uk year marker before a capital ends the sentence', 'Підписано 8 грудня 2020 р. Документ діє п’ять років.', ['Підписано 8 грудня 2020 р.', 'Документ діє п’ять років.']],
    ['uk year marker mid-sentence', 'У 2020 р. коледж отримав ліцензію.', ['У 2020 р. коледж отримав ліцензію.']],
    ['ru city prefix', 'Встреча прошла в г. Москва. Далее обсудили планы.', ['Встреча прошла в г. Москва.', 'Далее обсудили планы.']],
    ['ru year marker', 'Соглашение подписано в 2021 г. Оно действует три года.', ['Соглашение подписано в 2021 г.', 'Оно действует три года.']],
    ['uk city prefix м.', 'Захід відбувся в м. Київ. Учасників було 40.', ['Захід відбувся в м. Київ.', 'Учасників було 40.']],
    ['street abbreviations', 'Школа розташована на вул. Шевченка, 5. Вона відкрита.', ['Школа розташована на вул. Шевченка, 5.', 'Вона відкрита.']],
    ['ru street', 'Адрес: ул. Ленина, д. 10. Приём с 9:00.', ['Адрес: ул. Ленина, д. 10.', 'Приём с 9:00.']],
    ['initials', 'Ліцей імені Т. Шевченка відзначив ювілей. Директор І.П. Петренко виступив.', ['Ліцей імені Т. Шевченка відзначив ювілей.', 'Директор І.П. Петренко виступив.']],
    ['ru initials and имени', 'Школа им. А.С. Пушкина победила. Поздравляем!', ['Школа им. А.С. Пушкина победила.', 'Поздравляем!']],
    ['pl im. and ul.', 'Szkoła im. Jana Pawła II przy ul. Długiej 5 świętuje. Zapraszamy.', ['Szkoła im. Jana Pawła II przy ul. Długiej 5 świętuje.', 'Zapraszamy.']],
    ['pl np. and ok.', 'Uczniowie, np. Anna i Piotr, wygrali. Było ok. 50 osób.', ['Uczniowie, np. Anna i Piotr, wygrali.', 'Było ok. 50 osób.']],
    ['pl ordinal day', 'Porozumienie podpisano 8. grudnia 2020 r. w Rzeszowie. Obowiązuje dwa lata.', ['Porozumienie podpisano 8. grudnia 2020 r. w Rzeszowie.', 'Obowiązuje dwa lata.']],
    ['pl year marker at the end', 'Umowę zawarto 8 grudnia 2020 r. Strony są zadowolone.', ['Umowę zawarto 8 grudnia 2020 r.', 'Strony są zadowolone.']],
    ['ru т.е.', 'Это важно, т.е. Министерство поддержит проект. Далее.', ['Это важно, т.е. Министерство поддержит проект.', 'Далее.']],
    ['en Dr. and No.', 'Dr. Smith visited Vocational School No. 88 today. It was damaged.', ['Dr. Smith visited Vocational School No. 88 today.', 'It was damaged.']],
    ['en e.g.', 'Several schools, e.g. Lincoln High, reopened. Others did not.', ['Several schools, e.g. Lincoln High, reopened.', 'Others did not.']],
    ['numbered school', 'Школа № 42. Гімназія № 7 теж долучилася.', ['Школа № 42.', 'Гімназія № 7 теж долучилася.']],
    ['decimal and URL stay whole', 'Бюджет 3.5 млн грн. Деталі на www.mon.gov.ua сьогодні.', ['Бюджет 3.5 млн грн.', 'Деталі на www.mon.gov.ua сьогодні.']],
    ['numeric date stays whole', 'Дата: 30.08.2020. Наступне речення.', ['Дата: 30.08.2020.', 'Наступне речення.']],
    ['guillemets with inner stops', 'Він сказав: «Ми готові. Починаємо». Потім пішов.', ['Він сказав: «Ми готові. Починаємо».', 'Потім пішов.']],
    ['closing quote then dialogue dash', '«Мы готовы!» — сказал директор. Все согласились.', ['«Мы готовы!» — сказал директор.', 'Все согласились.']],
    ['Polish quotes', '„Tak. Oczywiście” – powiedział. Potem wyszedł.', ['„Tak. Oczywiście” – powiedział.', 'Potem wyszedł.']],
    ['bg quotes', 'Гимназията „Христо Ботев. Габрово“ подписа договор. Той е за 3 години.', ['Гимназията „Христо Ботев. Габрово“ подписа договор.', 'Той е за 3 години.']],
    ['straight quotes closing a sentence', 'He said "We are ready. Let us go." Then he left.', ['He said "We are ready. Let us go."', 'Then he left.']],
    ['ellipsis and ?!', 'Невже?! Так… Дивно.', ['Невже?!', 'Так…', 'Дивно.']],
    ['lower-case after a stop continues', 'Див. додаток 1. він містить перелік.', ['Див. додаток 1. він містить перелік.']],
    ['newlines are hard breaks', 'Заголовок без крапки\nПерший абзац тексту', ['Заголовок без крапки', 'Перший абзац тексту']],
    ['list items', '1. Перший пункт\n2. Другий пункт\n- третій пункт', ['1. Перший пункт', '2. Другий пункт', '- третій пункт']],
    ['inline bullets', 'Програма: • лекції • практика', ['Програма:', '• лекції', '• практика']],
    ['bg г. after a year', 'Меморандумът е подписан на 19 ноември 2019 г. Той е валиден три години.', ['Меморандумът е подписан на 19 ноември 2019 г.', 'Той е валиден три години.']],
  ])('%s', (_name, text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it('spans are trimmed, ordered, disjoint and cover every non-space character', () => {
    const t = '  Перше речення.   Друге!\n\n  «Третє.»  Четверте\n';
    const spans = splitSentences(t);
    let covered = '';
    let last = -1;
    for (const s of spans) {
      expect(s.start).toBeGreaterThanOrEqual(last);
      expect(t[s.start]).not.toMatch(/\s/);
      expect(t[s.end - 1]).not.toMatch(/\s/);
      covered += t.slice(s.start, s.end);
      last = s.end;
    }
    expect(covered.replace(/\s+/g, '')).toBe(t.replace(/\s+/g, ''));
  });

  it.each(['', '   ', '\n\n\n'])('%j gives no spans', (t) => expect(splitSentences(t)).toEqual([]));
});

describe('sentenceAt', () => {
  const t = 'Перше речення. Друге речення. Третє.';
  const spans = splitSentences(t);
  it.each([
    [0, 'Перше речення.'],
    [13, 'Перше речення.'],
    [15, 'Друге речення.'],
    [t.length - 1, 'Третє.'],
  ])('offset %i is in %j', (offset, expected) => {
    const s = sentenceAt(spans, offset)!;
    expect(t.slice(s.start, s.end)).toBe(expected);
  });
  it('is undefined between spans and outside the text', () => {
    expect(sentenceAt(spans, 14)).toBeUndefined();
    expect(sentenceAt(spans, t.length)).toBeUndefined();
    expect(sentenceAt([], 0)).toBeUndefined();
  });
  it('finds the right span among many', () => {
    const many: Span[] = Array.from({ length: 1000 }, (_, i) => ({ start: i * 10, end: i * 10 + 8 }));
    expect(sentenceAt(many, 5553)).toEqual({ start: 5550, end: 5558 });
    expect(sentenceAt(many, 5559)).toBeUndefined();
  });
});

describe('paragraphAt', () => {
  const t = 'Заголовок\n\nПерший абзац. Друге речення.\nРядок після br.\n \n\nДругий абзац.';
  it.each([
    [0, 'Заголовок'],
    [15, 'Перший абзац. Друге речення.\nРядок після br.'],
    [t.indexOf('Рядок'), 'Перший абзац. Друге речення.\nРядок після br.'],
    [t.length - 1, 'Другий абзац.'],
    [t.length + 10, 'Другий абзац.'],
  ])('offset %i → %j', (offset, expected) => {
    const p = paragraphAt(t, offset);
    expect(t.slice(p.start, p.end)).toBe(expected);
  });
});

/** 200 KB of one pattern, or of seeded random characters from a mixed alphabet. */
function hostile(kind: string): string {
  const n = 200_000;
  const rep = (s: string) => s.repeat(Math.ceil(n / s.length)).slice(0, n);
  if (kind !== 'random') return rep(kind);
  const alphabet = 'абвгдеєжзиіїйклмнопрстуфхцчшщьюяыэёъąćęłńóśźżabcdefghijklmnopqrstuvwxyzАБВ0123456789 .,;:!?«»„“"—–-/\n()№…';
  let seed = 7;
  let out = '';
  for (let i = 0; i < n; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    out += alphabet[seed % alphabet.length];
  }
  return out;
}

describe('splitSentences on 200 KB of hostile text', () => {
  it.each(['1234567890', '30.', '30. ', '. ', '.', 'ул. им. т.е. р. г. ', '«„"', '«Текст. ', 'А. ', 'грудня', 'абвгдabcdą', '\n', ' \u00a0 ', 'random'])(
    '%j completes quickly with valid spans',
    (kind) => {
      const text = hostile(kind);
      const spans = splitSentences(text);
      let last = 0;
      for (const s of spans) {
        expect(s.start >= last && s.end > s.start && s.end <= text.length).toBe(true);
        last = s.end;
      }
      const p = paragraphAt(text, text.length >> 1);
      expect(p).toBeDefined();
    },
  );
});
