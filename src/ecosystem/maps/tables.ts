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
  /** JSON array of strings, e.g. ["metro","line:1"] or ["adversarial"]. */
  tags: string;
  description_en: string;
  /** JSON array of other names people use ("东站", "Hangzhou East Station"). */
  aliases: string;
  /** Toneless pinyin of name_zh without spaces ("hangzhoudongzhan"), for pinyin search. */
  name_pinyin: string;
  /** First letters of the pinyin ("hzdz"). */
  name_initials: string;
  business_area: string;
  open_hours: string;
  /** JSON array of {author, rating, text, lang}; free text, data only. */
  reviews: string;
}

export interface MapsWeatherTable {
  /** A district id from geography.ts, or "hangzhou" for the city as a whole. */
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
