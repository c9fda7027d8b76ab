/** Square cells of nodes for the fast layout's neighbour queries: only nearby pairs are ever compared. */
export class Grid {
  cols = 1;
  rows = 1;
  minX = 0;
  minY = 0;
  cellStart = new Int32Array(2);
  items = new Int32Array(0);
  cellOf = new Int32Array(0);
  constructor(readonly size: number) {}

  fill(x: Float64Array, y: Float64Array): void {
    const n = x.length;
    let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    for (let i = 0; i < n; i++) {
      minX = Math.min(minX, x[i]); maxX = Math.max(maxX, x[i]);
      minY = Math.min(minY, y[i]); maxY = Math.max(maxY, y[i]);
    }
    this.minX = minX;
    this.minY = minY;
    this.cols = Math.min(4096, Math.floor((maxX - minX) / this.size) + 1);
    this.rows = Math.min(4096, Math.floor((maxY - minY) / this.size) + 1);
    const cells = this.cols * this.rows;
    if (this.cellStart.length < cells + 1) this.cellStart = new Int32Array(cells + 1);
    else this.cellStart.fill(0, 0, cells + 1);
    if (this.items.length < n) {
      this.items = new Int32Array(n);
      this.cellOf = new Int32Array(n);
    }
    for (let i = 0; i < n; i++) {
      const c = this.cell(x[i], y[i]);
      this.cellOf[i] = c;
      this.cellStart[c + 1]++;
    }
    for (let c = 0; c < cells; c++) this.cellStart[c + 1] += this.cellStart[c];
    const fillAt = this.cellStart.slice(0, cells);
    for (let i = 0; i < n; i++) this.items[fillAt[this.cellOf[i]]++] = i;
  }

  cell(x: number, y: number): number {
    const cx = Math.min(this.cols - 1, Math.max(0, Math.floor((x - this.minX) / this.size)));
    const cy = Math.min(this.rows - 1, Math.max(0, Math.floor((y - this.minY) / this.size)));
    return cy * this.cols + cx;
  }

  /** the range of cells, as [x1, x2, y1, y2], around node i's cell */
  block(i: number): [number, number, number, number] {
    const c = this.cellOf[i];
    const cx = c % this.cols, cy = (c - cx) / this.cols;
    return [Math.max(0, cx - 1), Math.min(this.cols - 1, cx + 1), Math.max(0, cy - 1), Math.min(this.rows - 1, cy + 1)];
  }
}
