import { expect } from '@minga/test-utils';
import { linePath, scaleBand, scaleLinear, tickStep } from './scale.js';

describe('scales', () => {
  it('picks round steps and nice domains like d3', () => {
    expect(tickStep(0, 10, 5)).to.equal(2);
    expect(tickStep(0, 95, 5)).to.equal(20);
    expect(tickStep(0, 1, 5)).to.equal(0.2);
    const y = scaleLinear([0, 95], [300, 0], true);
    expect(y.domain).to.deep.equal([0, 100]);
    expect(y.ticks(5)).to.deep.equal([0, 20, 40, 60, 80, 100]);
    expect(y(50)).to.equal(150);
    expect(scaleLinear([-3, 7], [0, 100], true).ticks()).to.deep.equal([-4, -2, 0, 2, 4, 6, 8]);
    expect(scaleLinear([5, 5], [0, 10])(5)).to.equal(0);
  });

  it('lays out bands with padding', () => {
    const x = scaleBand([2020, 2021, 2022], [0, 320], 0.2);
    expect(x.bandwidth).to.be.closeTo(80, 1e-9);
    expect(x(2020)).to.be.closeTo(20, 1e-9);
    expect(x(2022) + x.bandwidth).to.be.closeTo(300, 1e-9);
  });

  it('draws a polyline path', () => {
    expect(linePath([])).to.equal('');
    expect(
      linePath([
        [0, 1],
        [10.126, 20],
      ]),
    ).to.equal('M0,1L10.13,20');
  });
});
