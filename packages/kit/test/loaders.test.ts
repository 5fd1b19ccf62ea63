import { Loaders, loadEvery } from "../src";

describe("loadEvery", () => {
  it("answers the keys in order from one batch, and throws the first failed key's error", async () => {
    const batches: (readonly number[])[] = [];
    const loaders = new Loaders();
    const squares = () =>
      loaders.get<number, number>("squares", async (keys) => {
        batches.push(keys);
        return keys.map((key) => (key < 0 ? new Error(`no square for ${key}`) : key * key));
      });
    await expect(loadEvery(squares(), [3, 1, 2])).resolves.toEqual([9, 1, 4]);
    expect(batches).toEqual([[3, 1, 2]]);
    await expect(loadEvery(squares(), [4, -1, -2])).rejects.toThrow("no square for -1");
  });
});
