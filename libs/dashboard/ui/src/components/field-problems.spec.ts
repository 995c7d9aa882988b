import { namePathOf, placeFieldProblems } from './field-problems';

/** A form with these registered fields that records what setFields was given. */
function fakeForm(fields: Array<string | Array<string | number>>) {
  const set: Array<{ name: unknown; errors?: string[] }> = [];
  return {
    set,
    getFieldsError: () => fields.map((name) => ({ name: (Array.isArray(name) ? name : [name]) as Array<string | number>, errors: [], warnings: [] })),
    setFields: (f: Array<{ name: unknown; errors?: string[] }>) => void set.push(...f),
  };
}

describe('field problems shown beside their form fields', () => {
  it('reads API field paths as form name paths', () => {
    expect(namePathOf('deadline')).toEqual(['deadline']);
    expect(namePathOf('coreHours[1].start')).toEqual(['coreHours', 1, 'start']);
    expect(namePathOf('fileIds[0]')).toEqual(['fileIds', 0]);
  });

  it('puts each message beside its field, never as "input.deadline: …" text', () => {
    const form = fakeForm(['title', 'day', 'time']);
    const left = placeFieldProblems(
      form,
      [
        { field: 'deadline', message: 'hạn xử lý phải ở tương lai' },
        { field: 'title', message: 'quá ngắn' },
      ],
      { deadline: 'day' },
    );
    expect(left).toEqual([]);
    expect(form.set).toEqual([
      { name: ['day'], errors: ['Hạn xử lý phải ở tương lai'] },
      { name: ['title'], errors: ['Quá ngắn'] },
    ]);
  });

  it('falls back to the nearest registered parent, and returns what no field shows', () => {
    const form = fakeForm([['coreHours', 1]]);
    const left = placeFieldProblems(form, [
      { field: 'coreHours[1].start', message: 'giờ không hợp lệ' },
      { field: 'pilotId', message: 'không tồn tại' },
    ]);
    expect(form.set).toEqual([{ name: ['coreHours', 1], errors: ['Giờ không hợp lệ'] }]);
    expect(left).toEqual([{ field: 'pilotId', message: 'không tồn tại' }]);
  });
});
