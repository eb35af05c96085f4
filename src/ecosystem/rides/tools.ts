import { z } from "zod";
import { defineTool, type ToolDefinition } from "../../kernel/tool.ts";
import { parseLngLat } from "../world/geography.ts";
import { ridesAfterSaleTools } from "./after-sale/tools.ts";
import { cancelRide } from "./cancel.ts";
import { estimateFare } from "./fare.ts";
import { PRODUCTS } from "./products.ts";
import { requestRide } from "./request.ts";
import { getTrip, listTrips } from "./trip-view.ts";

const userId = z.string().trim().min(1).max(40).describe("The rider's user id, e.g. u_xiaoming.");
const productId = z
  .enum(PRODUCTS.map((product) => product.id) as [string, ...string[]])
  .describe("economy 快车 | comfort 专车 | xl 六座商务.");

/** A place as an object with coordinates, or an Amap "lng,lat" string; the name is what the driver sees. */
const place = (what: string) =>
  z
    .union([
      z.object({
        lng: z.number().min(-180).max(180),
        lat: z.number().min(-90).max(90),
        name: z.string().max(200).optional(),
      }),
      z.string().max(60),
    ])
    .transform((value, context) => {
      if (typeof value !== "string") return { ...value, name: value.name ?? "" };
      const point = parseLngLat(value);
      if (!point) {
        context.addIssue({ code: "custom", message: `${what} must be {lng, lat, name} or "lng,lat"` });
        return z.NEVER;
      }
      return { ...point, name: "" };
    })
    .describe(`${what}: {lng, lat, name} (GCJ-02) or "lng,lat".`);

const estimateTool = defineTool({
  name: "rides_estimate",
  service: "rides",
  description:
    "Estimate a ride's distance, time and fare range per product (快车/专车/六座商务). " +
    "A ride request needs a pre-authorization of at least the product's highFen.",
  effect: "read",
  input: z.object({
    origin: place("Pickup"),
    destination: place("Destination"),
    productId: productId.optional(),
    at: z
      .number()
      .int()
      .positive()
      .optional()
      .describe("When the trip leaves (epoch ms), for a ride booked ahead; default now"),
  }),
  run: (context, input) =>
    estimateFare(context, {
      origin: input.origin,
      destination: input.destination,
      ...(input.productId === undefined ? {} : { productId: input.productId }),
      ...(input.at === undefined ? {} : { at: input.at }),
    }),
});

const requestTool = defineTool({
  name: "rides_request",
  service: "rides",
  description:
    "Hail a ride (叫车) with a payment intent authorized (requires_capture) for at least the estimate's highFen. " +
    "The trip then moves on by itself: driver_assigned, driver_arrived, in_trip, completed (finalFareFen to capture).",
  effect: "money",
  input: z.object({
    userId,
    productId,
    origin: place("Pickup"),
    destination: place("Destination"),
    paymentIntentId: z.string().trim().min(1).max(64),
    idempotencyKey: z
      .string()
      .trim()
      .min(1)
      .max(128)
      .describe("Same key and body → same trip; a new ride needs a new key."),
  }),
  run: (context, input) =>
    requestRide(context, {
      ...input,
      origin: { ...input.origin, name: input.origin.name || "上车点 Pickup" },
      destination: { ...input.destination, name: input.destination.name || "目的地 Destination" },
    }),
});

const getTripTool = defineTool({
  name: "rides_get_trip",
  service: "rides",
  description: "A trip's status, driver (name, car, plate, ETA), and final fare or cancellation fee.",
  effect: "read",
  input: z.object({ userId, tripId: z.string().trim().min(1).max(40) }),
  run: (context, input) => getTrip(context, input),
});

const listTripsTool = defineTool({
  name: "rides_list_trips",
  service: "rides",
  description: "The rider's trips (行程), newest first.",
  effect: "read",
  input: z.object({
    userId,
    status: z
      .enum(["requested", "driver_assigned", "driver_arrived", "in_trip", "completed", "cancelled", "failed"])
      .optional(),
    limit: z.number().int().min(1).max(50).optional(),
  }),
  run: (context, input) =>
    listTrips(context, {
      userId: input.userId,
      ...(input.status === undefined ? {} : { status: input.status }),
      ...(input.limit === undefined ? {} : { limit: input.limit }),
    }),
});

const cancelTool = defineTool({
  name: "rides_cancel",
  service: "rides",
  description:
    "Cancel a trip before it starts (取消行程). Free within 2 minutes of a driver being assigned; later, the product's " +
    "cancellation fee is recorded as cancellationFeeFen for the agent to capture.",
  effect: "write",
  input: z.object({ userId, tripId: z.string().trim().min(1).max(40) }),
  run: (context, input) => cancelRide(context, input),
});

export const ridesTools: ToolDefinition[] = [
  estimateTool,
  requestTool,
  getTripTool,
  listTripsTool,
  cancelTool,
  ...ridesAfterSaleTools,
];
