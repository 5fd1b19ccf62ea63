describe("telemetry to Apollo", () => {
  const original = process.env.APOLLO_TELEMETRY_DISABLED;
  afterEach(() => {
    if (original === undefined) delete process.env.APOLLO_TELEMETRY_DISABLED;
    else process.env.APOLLO_TELEMETRY_DISABLED = original;
  });

  it("is disabled by loading the gateway, whatever the environment said", () => {
    delete process.env.APOLLO_TELEMETRY_DISABLED;

    jest.isolateModules(() => {
      require("../src/gateway");
    });

    expect(process.env.APOLLO_TELEMETRY_DISABLED).toBe("true");
  });

  it("is disabled before @apollo/gateway is loaded, by every module that loads it", () => {
    for (const entry of ["../src/index", "../src/gateway", "../src/graphqlServer", "../src/dataSource"]) {
      process.env.APOLLO_TELEMETRY_DISABLED = "false";
      let seenByGateway: string | undefined = "not loaded";
      jest.isolateModules(() => {
        jest.doMock("@apollo/gateway", () => {
          seenByGateway = process.env.APOLLO_TELEMETRY_DISABLED;
          return jest.requireActual("@apollo/gateway");
        });
        require(entry);
      });

      expect({ entry, seenByGateway }).toEqual({ entry, seenByGateway: "true" });
    }
  });
});
