import { weightPreview } from './weight-preview';

describe('weightPreview: the weight the assignment form shows before saving', () => {
  it('shows the converted units the API derives, to 4 decimals', () => {
    expect(weightPreview(1.25, 1.25)).toBe('1.25 × 1.25 = 1.5625');
    expect(weightPreview(3, 1.5)).toBe('3 × 1.5 = 4.5');
    expect(weightPreview(1.1, 1.1)).toBe('1.1 × 1.1 = 1.21');
  });

  it('shows a dash until a quantity is typed', () => {
    expect(weightPreview(undefined, 1.25)).toBe('—');
    expect(weightPreview(null, 1)).toBe('—');
  });
});
