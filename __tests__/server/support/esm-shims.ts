// @fastify/static requires content-disposition 3, an ES module Jest on Node 20 cannot require.
// It is only used by reply.download(), which the server never calls. Import this file first.
jest.mock('content-disposition', () => ({
  create: (filename: string) => `attachment; filename="${encodeURIComponent(filename)}"`,
}));

export {};
