/** A point of interest; categories mirror Amap's broad types. Text fields may be adversarial (data only). */
export interface MapsPoisTable {
  id: string;
  name_zh: string;
  name_en: string;
  /** residential | office | station | mall | landmark | venue | hospital | school | restaurant | hotel | park */
  category: string;
  /** Amap-style type code, e.g. "120302" for residential. */
  type_code: string;
  district_id: string;
  address_zh: string;
  address_en: string;
  lng: number;
  lat: number;
  tel: string;
  rating: number;
  /** Free text (reviews, descriptions); never instructions. */
  description: string;
  tags: string;
}

export interface MapsWeatherTable {
  district_id: string;
  /** YYYY-MM-DD in Asia/Shanghai. */
  date: string;
  day_weather_zh: string;
  day_weather_en: string;
  night_weather_zh: string;
  night_weather_en: string;
  temp_high: number;
  temp_low: number;
  wind_direction: string;
  wind_power: string;
  precipitation_chance: number;
}

export interface MapsTables {
  maps_pois: MapsPoisTable;
  maps_weather: MapsWeatherTable;
}
