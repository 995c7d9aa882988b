/** The short method note of the report, Vietnamese first (PRODUCT.md 4.7); docs/REPORTS.md says the same at length. */
export function methodNote(p: { resamples: number; confidenceLevel: number; seed: string; clusters: number }): { vi: string; en: string } {
  const level = Math.round(p.confidenceLevel * 100);
  return {
    vi: [
      'Nhóm làm việc tại nhà: công chức có đăng ký thí điểm đã được duyệt trong kỳ báo cáo. Nhóm làm việc tại cơ quan: công chức cùng vị trí việc làm, cùng đơn vị thí điểm, không đăng ký.',
      'Mỗi người giữ nhóm của kỳ báo cáo cả trong kỳ so sánh (trước thí điểm). Điểm là điểm đánh giá hằng tháng đã công bố (bản công bố mới nhất).',
      'Chênh lệch kép (DiD) = (điểm bình quân nhóm tại nhà trong kỳ thí điểm − kỳ so sánh) − (điểm bình quân nhóm tại cơ quan trong kỳ thí điểm − kỳ so sánh), tính trên điểm bình quân của từng người trong từng kỳ.',
      `Khoảng tin cậy ${level}%: bootstrap theo cụm đơn vị — lấy mẫu lặp ${p.resamples} lần ${p.clusters} đơn vị có hoàn lại, mỗi đơn vị mang theo mọi công chức của cả hai nhóm và hai kỳ; hạt giống "${p.seed}" nên chạy lại cho cùng kết quả.`,
      'Biểu đồ xu hướng trước thí điểm và bảng cân bằng cho biết hai nhóm có so sánh được không; mục chất lượng dữ liệu liệt kê tháng thiếu đánh giá và người chuyển nhóm.',
    ].join(' '),
    en: [
      'Home cohort: officials with an approved pilot enrollment during the report period. Office cohort: officials of the same positions in the pilot’s units without one.',
      'Everyone keeps the cohort of the report period in the baseline too. Scores are the published monthly evaluation scores (latest published revision).',
      'Difference in differences = (home mean, pilot − baseline) − (office mean, pilot − baseline), over each official’s mean score per phase.',
      `${level}% interval: bootstrap clustered by unit — ${p.resamples} resamples of the ${p.clusters} units with replacement, each drawn unit bringing all its officials of both cohorts and phases; seed "${p.seed}", so a re-run gives the same interval.`,
      'The pre-trend chart and the balance table show whether the cohorts are comparable; the data-quality section lists missing evaluations and officials who moved cohort.',
    ].join(' '),
  };
}
