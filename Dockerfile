# One image for both roles: `dimple serve` and `dimple worker` (docker-compose.yml).
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app /app
# bin/dimple.js gives serve and worker their V8 memory flags itself (bin/lean.js).
ENTRYPOINT ["node", "bin/dimple.js"]
CMD ["serve", "--host", "0.0.0.0", "--port", "3000"]
